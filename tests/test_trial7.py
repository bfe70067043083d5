"""Trial 7 (new user, unseen documents): reader findings, each on a small document written for it
(tests/data/newuser/) and built the way a new user would."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build


def _built(tmp_path: Path, *names: str):  # type: ignore[no-untyped-def]
    result = build(drop_in(tmp_path, *names), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def test_one_asking_sub_heading_leaves_a_numbered_question_page_alone(tmp_path: Path) -> None:
    """G10: '### Why is search in a hash table O(1)?' inside question 3's answer turned the page's numbered
    '##' questions into sections and their '### Use case' sub-headings into cards (12 of 15 lost)."""
    compiled = _built(tmp_path, "numbered-subquestion.md")
    assert [(i.locator.line, i.question) for i in compiled.items] == [
        (3, "What is Big-O notation?"),
        (11, "Explain the difference between Big-O and Big-Theta."),
        (19, "Describe the role of constants in Big-O analysis."),
        (23, "Why is search in a hash table O(1)?"),
        (27, "Discuss the space complexity of linked lists."),
    ]
    first = compiled.items[0].answer_plain()
    assert "Key concepts" in first and "Dominant term" in first  # the sub-heading is the answer's structure
    assert "Memory overhead" in compiled.items[-1].answer_plain()
    messages = [w.message for w in compiled.diagnostics.warnings]
    assert not [m for m in messages if "statement heading" in m or "outside any question" in m]


def test_a_short_glossary_list_leaves_a_page_of_notes_its_heading_cards(tmp_path: Path) -> None:
    """G6: two '- **Term**: definition' entries in one of four prose sections made the page a glossary of two
    cards and dropped every section; the headings are its cards (the entries part of their section)."""
    compiled = _built(tmp_path, "glossary-in-notes.md")
    assert [i.question for i in compiled.items] == ["Laplace transform", "Z-transform", "Discrete cosine transform", "Wavelets"]
    assert "Energy compaction" in compiled.items[2].answer_plain() and "JPEG applies the DCT" in compiled.items[2].answer_plain()
    [said] = [w for w in compiled.diagnostics.warnings if "read as layout 'markdown'" in w.message]
    assert "card; its 2 glossary entries hold only 4 of its 10 lines of text" in said.message and 'headings = "cards"' in said.snippet
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]


def test_a_numbered_question_heading_one_level_off_is_still_a_question(tmp_path: Path) -> None:
    """G3: '### 4. Define …' after '#### 3. What is a channel?' was dropped (its answer lines named as text
    outside any question, the heading nowhere): its number goes on from the questions', so it is one."""
    compiled = _built(tmp_path, "numbering-level-off.md")
    assert [(i.locator.line, i.question) for i in compiled.items][-1] == (18, "Define first-class container types in Go.")
    assert len(compiled.items) == 4
    assert "Slices, maps, arrays and channels" in compiled.items[-1].answer_plain()
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]


def test_an_item_number_glued_to_its_question_still_numbers_it(tmp_path: Path) -> None:
    """G8: '1.What is the GIL?' (no space after the number, common in hand-typed lists) was no numbered
    question: one card holding the whole page in Markdown, 'cannot tell this document's layout' in text."""
    for name in ("glued-numbers.md", "glued-numbers.txt"):
        compiled = _built(tmp_path / name, name)
        assert [i.question for i in compiled.items] == [
            "What is the GIL?",
            "Which data types are mutable?",
            "What is the difference between `is` and `==`?" if name.endswith(".md") else "What is the difference between is and ==?",
        ], name
        assert compiled.items[1].answer_plain() == "Lists, dicts and sets."
    from compiler.sources.lines import space_numbers

    assert space_numbers("1.5 GB\n2.x release\n") == "1.5 GB\n2.x release\n"  # decimals, versions
    assert space_numbers("1.What?\n```\n2.Foo\n```\n") == "1.What?\n```\n2.Foo\n```\n"  # one line and code: no numbering
    assert space_numbers("1.Що таке GIL?\n2.Як?\n") == "1. Що таке GIL?\n2. Як?\n"


def test_a_github_readme_loses_its_contents_navigation_and_entry_markers(tmp_path: Path) -> None:
    """G9: the '## Contents' heading over anchor links was every card's section, backs ended with
    ':arrow_up_small:[Back to contents](#content)' and the next entry's ':white_check_mark: Q2', shortcodes
    were raw, and an entry left empty was a card of navigation."""
    compiled = _built(tmp_path, "readme-entries.md")
    assert [(i.question, i.section, i.answer_plain()) for i in compiled.items] == [
        ("What is a generator?", [], "A function that yields values lazily. 🚀"),
        ("What is a decorator?", [], "A function that wraps another function."),
        ("What is an iterator?", [], "An object with __next__."),
    ]
    assert [i.question for i in compiled.deck.skipped] == ["What is Django?"]  # left empty: no card
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]
    from compiler.sources.markdown import _MARKER
    from compiler.sources.markdown_blocks import emoji_shortcodes

    assert _MARKER.match("✅ Q2") and _MARKER.match("#3") and not _MARKER.match("5") and not _MARKER.match("42.")
    assert emoji_shortcodes("Done :white_check_mark: at 10:30:00, `:rocket:` and :not_a_name:") == (
        "Done ✅ at 10:30:00, `:rocket:` and :not_a_name:"
    )


def test_one_question_deep_in_a_notes_page_leaves_its_topic_sections_their_cards(tmp_path: Path) -> None:
    """G24: one '#### Should every page use HTTPS?' made the page's '#### Reference' link lists its only other
    cards and dropped every topic section (GET/POST, UDP, TCP, HTTPS)."""
    compiled = _built(tmp_path, "notes-stray-question.md")
    assert [(i.question, i.section, bool(i.skip)) for i in compiled.items] == [
        ("GET and POST", [], False),
        ("UDP", ["TCP and UDP"], False),
        ("TCP", ["TCP and UDP"], False),
        ("HTTPS", ["HTTP and HTTPS"], False),
        ("Should every page use HTTPS?", ["HTTP and HTTPS", "HTTPS"], False),  # under '### HTTPS' (trial9 T11)
    ]
    # reading lists, named by their parents since the page repeats them (trial9 T11)
    assert [i.question for i in compiled.deck.skipped] == ["TCP › Reference", "HTTPS › Reference"]
    [said] = [w for w in compiled.diagnostics.warnings if "states topics in others" in w.message]
    assert "('GET and POST', 'UDP', 'TCP', 'HTTPS')" in said.message
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]


def test_a_bold_question_with_its_answer_on_the_same_line_is_a_question(tmp_path: Path) -> None:
    """G27: '**What is a sealed class?** A class …' and '**Q: …?** A: …' were glued into the answer before them
    (or, with no other question on the page, read as one card under the page title)."""
    expected = [
        ("What does the safe-call operator do?", "It calls a member only when the receiver is not null."),
        ("What is a sealed class?", "A class whose subclasses are all known at compile time."),
        ("What is an extension function?", "A function added to a type without inheriting from it."),
    ]
    mixed = _built(tmp_path / "a", "bold-lead-mixed.md")
    assert [(i.question, i.answer_plain()) for i in mixed.items] == [
        ("What is a data class?", "A class whose main purpose is to hold data."),
        *expected,
    ]
    alone = _built(tmp_path / "b", "bold-lead-questions.md")
    assert [(i.question, i.answer_plain()) for i in alone.items] == expected


def test_one_build_prints_one_table_per_file_the_one_it_used(tmp_path: Path) -> None:
    """G19: the statement-headings warning printed a table with headings = "cards" beside the "not listed"
    table the build used; pasting it changed the deck. Now it offers that reading with its item count."""
    compiled = _built(tmp_path, "notes-one-question.md")
    tables = [w.snippet for w in compiled.diagnostics.warnings if w.snippet]
    assert len(tables) == 1 and "headings" not in tables[0]
    [said] = [w for w in compiled.diagnostics.warnings if "states topics in others" in w.message]
    assert 'headings = "cards" in its [[source]] table (' in said.hint and "deckc diff shows what changes" in said.hint


def test_question_and_answer_labels_in_other_scripts_are_guessed(tmp_path: Path) -> None:
    """G20: 'Вопрос:'/'Ответ:' and '问：'/'答：' exports were "cannot tell this document's layout" (the guesser
    knew Latin labels and ':' only); now the guessed pattern reads them, full-width colon included."""
    for name, first in (("labels-ru.txt", ("Что такое горутина?", "Лёгкий поток, которым управляет среда Go.")), ("labels-zh.txt", ("什么是协程？", "由 Go 运行时管理的轻量级线程。"))):
        compiled = _built(tmp_path / name, name)
        assert len(compiled.items) == 3, name
        assert (compiled.items[0].question, compiled.items[0].answer_plain()) == first
        [table] = [w.snippet for w in compiled.diagnostics.warnings if w.snippet]
        # ('问：'/'答：' are labels deckc knows since sitting 34 (T33-4): the table names the qa layout, no pattern to guess)
        assert ("'^\\s*Вопрос\\s*:" if name.endswith("ru.txt") else 'layout = "qa"') in table


def test_a_level_word_describing_something_else_names_no_level_section() -> None:
    """Q3: '# Easy Remember:' (a typo for a sub-heading) gave the next question level 'easy'; a level section
    is the level word with words that name its questions ('Advanced questions', 'Senior level')."""
    from compiler.sources.difficulty import section_label

    assert [section_label([h]) for h in ("Beginner", "Advanced questions", "Senior level", "Junior developer questions")] == [
        "Beginner",
        "Advanced",
        "Senior",
        "Junior",
    ]
    assert [section_label([h]) for h in ("Easy Remember:", "Hard Disk Drives")] == [None, None]


def test_star_ratings_with_empty_stars_count_the_filled_ones() -> None:
    """G28: '★☆☆' and '★★☆' were both guessed 'medium' (an empty star made the label unknown)."""
    from compiler.model import Difficulty
    from compiler.sources.difficulty import guess

    assert [guess(label) for label in ("★☆☆", "★★☆", "★★★", "⭐⭐☆☆☆", "★★★★☆", "☆☆☆")] == [
        Difficulty.easy,
        Difficulty.medium,
        Difficulty.hard,
        Difficulty.medium,
        Difficulty.hard,
        None,
    ]


def test_bold_terms_over_their_definitions_are_a_glossary(tmp_path: Path) -> None:
    """G34: '**Latency**' on its own line with the definition below (next line, or after a blank line) made one
    card of the whole page under its title; each term is a card, as a definition list's is."""
    for name in ("bold-terms.md", "bold-terms-blank.md"):
        compiled = _built(tmp_path / name, name)
        assert [(i.question, i.answer_plain()) for i in compiled.items] == [
            ("Latency", "The time a packet takes from source to destination."),
            ("Throughput", "The amount of data moved per unit of time."),
            ("Jitter", "The variation in latency between packets."),
        ], name
        assert [i.locator.line for i in compiled.items] == [3, 6, 9] if name == "bold-terms.md" else [3, 7, 11]
    from compiler.sources.detect import bold_terms

    assert bold_terms(["## What is X?", "", "**Note**", "Some text.", "", "**Tip**", "More."]) is None  # a page that asks
    assert bold_terms(["**Note**", "Some text."]) is None  # one bold line is no glossary


def test_a_bulleted_question_list_with_topics_among_its_questions_is_read(tmp_path: Path) -> None:
    """trial8 H2: '- 1 . What is X? answer' entries with '- 2 . Heap vs Stack' (nested bullets) among them, a
    French ' ?', a lazy continuation line and a question answered by the table after the list: 0 cards, and
    the advice made the page title one card. Now a card per entry, the table the answer of the entry above it."""
    compiled = _built(tmp_path, "bullet-questions-mixed.md")
    assert [(i.locator.line, i.question) for i in compiled.items] == [
        (3, "What is a class?"),
        (5, "Heap vs Stack: what is the difference?"),
        (9, "Access modifiers"),
        (13, "Est-ce qu'un objet immuable change\u202f?"),  # French keeps its space before '?' (learner L40)
        (16, "What is the difference between == and equals()?"),
        (22, "What is a method?"),
    ]
    answers = {i.question: " ".join(b.text for b in i.answer) for i in compiled.items}
    assert "<table>" in answers["What is the difference between == and equals()?"]
    assert "the keywords that set who may use a member" in answers["Access modifiers"] and "private" in answers["Access modifiers"]
    assert "Non, il ne change jamais" in answers["Est-ce qu'un objet immuable change\u202f?"]
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]


def test_a_bold_number_written_another_way_goes_on_with_the_numbering(tmp_path: Path) -> None:
    """learner L8: one '**3**.' among '**1.**' items ended the numbered layout: drills 3 to 6 went onto the back
    of drill 2 (the notebook of 59 puzzles lost 18). '**3**.', '**3.**', '**3**)' are one item marker."""
    compiled = _built(tmp_path, "bold-number-slip.md")
    assert [(i.number, i.question) for i in compiled.items] == [
        ("1", "Import pandas under the alias pd."),
        ("2", "Print the pandas version."),
        ("3", "Create a DataFrame df from the dict data."),
        ("4", "Return the first 3 rows of df."),
        ("5", "Count the rows of df."),
    ]
    assert all(len(i.answer) == 1 and i.answer[0].kind == "code" for i in compiled.items)


def test_a_gap_in_hand_numbering_starts_the_next_question(tmp_path: Path) -> None:
    """trial8 H3: questions 1, 2, 3, 5, 6 (4 deleted): 5 and every question after it went into the answer of 3.
    A forward jump shaped as an item (blank line before, the item's indent, asking as it asked) starts one; a
    numbered list inside an answer, gap and all, stays in the answer."""
    compiled = _built(tmp_path, "numbering-gap.txt")
    assert [i.number for i in compiled.items] == ["1", "2", "3", "5", "6", "7", "8"]
    assert "red-black tree" in " ".join(b.text for b in compiled.items[-1].answer)
    assert "walks the tree" in " ".join(b.text for b in compiled.items[-1].answer)


def test_a_list_of_other_questions_after_an_answer_is_not_part_of_it(tmp_path: Path) -> None:
    """trial8 H1: '* What is hoisting?' bullets after an answered question (a page still being written) were glued
    onto that answer. They end it and are questions without an answer (skipped, accounted, one counted warning);
    a list of questions after a lead-in ending in ':' stays the answer."""
    compiled = _built(tmp_path, "answered-then-questions.md")
    assert [i.question for i in compiled.items] == [
        "What is a closure?",
        "What is the difference between `==` and `===`?",
        "How do you pick a data structure?",
    ]
    assert " ".join(b.text for b in compiled.items[0].answer) == "<p>A function bundled with the variables of the scope it was created in.</p>"
    assert "fast lookup" in " ".join(b.text for b in compiled.items[2].answer)
    skipped = [(s.question, s.skip) for s in compiled.deck.skipped]
    assert skipped == [
        ("What is the difference between `undefined` and undeclared variables?", "no answer"),
        ("Explain how `this` works in JavaScript.", "no answer"),
        ("What is event bubbling?", "no answer"),
        ("Why is extending native objects a bad idea?", "no answer"),
        ("What is hoisting?", "no answer"),
        ("What is a promise?", "no answer"),
    ]


def test_a_difficulty_line_under_a_markdown_question_is_its_level_and_tags(tmp_path: Path) -> None:
    """learner L2: 'Difficulty: Easy' and '**Difficulty:** 🟢 Easy | **Tags:** `Variance` | **Asked by:** Google'
    under each question stayed the first line of every back, and no level was read (labels configured for them
    were found 0 times, silently)."""
    compiled = _built(tmp_path, "meta-lines.md")
    got = [(i.question, i.difficulty.value if i.difficulty else None, [t for t in i.tags if "::" not in t]) for i in compiled.items]
    assert got == [
        ("What is the variance of a constant?", "easy", ["Variance"]),
        ("What is the central limit theorem?", "medium", ["CLT", "Sampling"]),
        ("What is a conjugate prior?", "hard", []),
        ("What is a p-value?", "easy", []),
    ]
    assert not any("Difficulty" in b.text or "Asked by" in b.text for i in compiled.items for b in i.answer)
    table = 'difficulty = { from = "label", labels = { Easy = "easy", Medium = "medium", Hard = "hard" } }'
    labelled = build(
        drop_in(tmp_path / "b", "meta-lines.md", table=f'[[source]]\nid = "m"\nfile = "sources/meta-lines.md"\n{table}\n'),
        tmp_path / "b" / "build",
        formats=("json",),
        now=1_000,
    ).compiled
    assert labelled is not None and [i.difficulty.value for i in labelled.items if i.difficulty] == ["easy", "medium", "hard", "easy"]
    unlabelled = build(
        drop_in(tmp_path / "c", "no-level-lines.md", table=f'[[source]]\nid = "n"\nfile = "sources/no-level-lines.md"\n{table}\n'),
        tmp_path / "c" / "build",
        formats=("json",),
        now=1_000,
    ).compiled
    assert unlabelled is not None
    [said] = [w for w in unlabelled.diagnostics.warnings if "found 0 times" in w.message]
    assert "(Easy, Hard, Medium)" in said.message and "no difficulty" in said.message


def test_a_heading_over_nothing_between_questions_of_its_level_is_their_section(tmp_path: Path) -> None:
    """trial8 H19 (learning-zone pages): '## # 2. NODE.JS ARCHITECTURE' over a '<br/>' between '## Q. …?' questions
    was a skipped question 'has no answer' and no card had a section; the HTML 'back to top' links stayed on every
    back. Now such a heading names the section of the questions after it (its stray '#' dropped)."""
    compiled = _built(tmp_path, "hash-sections.md")
    assert [(i.question, i.section) for i in compiled.items] == [
        ("What is Node.js?", ["1. INTRODUCTION"]),
        ("What are the key features of Node.js?", ["1. INTRODUCTION"]),
        ("How does Node.js work?", ["2. NODE.JS ARCHITECTURE"]),
        ("What is libuv?", ["2. NODE.JS ARCHITECTURE"]),
    ]
    assert not compiled.deck.skipped
    assert not any("back to top" in b.text for i in compiled.items for b in i.answer)
    assert not [w for w in compiled.diagnostics.warnings if "no answer" in w.message]


def test_bold_question_and_answer_labels_on_consecutive_lines_are_cards(tmp_path: Path) -> None:
    """learner L29 (AI-written flashcards): '**Question 1:** …?' with '**Answer:** …' on the next line of the same
    paragraph made one page-title card; under '## Flashcard N' headings the fronts were 'Flashcard N'; as
    '- **Q:** …' entries the bold 'Q:' was a glossary term 'Q' (three notes merged into one)."""
    compiled = _built(tmp_path, "ai-flashcards.md", "ai-flashcard-headings.md", "ai-flashcard-bullets.md")
    got = {(i.source, i.question): " ".join(b.text for b in i.answer) for i in compiled.items}
    assert got == {
        ("ai-flashcards", "What does DNS do?"): "<p>It translates domain names into IP addresses.</p>",
        ("ai-flashcards", "Which port does HTTPS use by default?"): "<p>443.</p>",
        ("ai-flashcards", "What is a subnet mask?"): "<p>A 32-bit number that splits an IPv4 address into network and host parts.</p>",
        ("ai-flashcards", "What is NAT?"): "<p>Network address translation: many private addresses share one public address.</p>",
        ("ai-flashcard-headings", "What is a primary key?"): "<p>A column (or set) that uniquely identifies each row.</p>",
        ("ai-flashcard-headings", "What is normalization?"): "<p>Organizing tables to reduce redundancy.</p>",
        ("ai-flashcard-headings", "What is an index?"): "<p>A data structure that speeds up lookups on a column.</p>",
        ("ai-flashcard-bullets", "What does `git rebase` do?"): "<p>Reapplies commits on top of another base.</p>",
        ("ai-flashcard-bullets", "What does `git stash` do?"): "<p>Shelves uncommitted changes for later.</p>",
        ("ai-flashcard-bullets", "What does `git bisect` do?"): "<p>Binary-searches history for the commit that introduced a bug.</p>",
    }
    assert not compiled.deck.skipped
    assert not [w for w in compiled.diagnostics.warnings if "no answer" in w.message or "read as a card" in w.message]


def test_a_text_with_questions_it_would_not_read_is_no_article(tmp_path: Path) -> None:
    """learner L22: a reST FAQ saved as text was read as an 'article' whose questions were invented from wrapped
    lines ('What is source tree. make will look through the?') and underlines. A text holding three or more
    questions is no article, and a wrapped line (two sentences, markup, a '?') is no heading."""
    from compiler.sources.article import ArticleReader, is_heading
    from compiler.sources.base import load_document

    path = tmp_path / "faq.txt"
    path.write_bytes((Path(__file__).parent / "data" / "newuser" / "rst-faq-as-text.txt").read_bytes())
    doc = load_document(path, "sources/faq.txt")
    assert ArticleReader().detect(doc) < 0.1
    assert not is_heading("source tree. make will look through the")
    assert not is_heading("Castro directory hierarchy. make will look through the")
    assert not is_heading("of the header?*")
    assert is_heading("Frequently Asked Questions") and is_heading("Compiling")


def test_an_answer_label_on_the_question_line_starts_its_answer(tmp_path: Path) -> None:
    """learner L23: 'Q1. What is …? Ans. Saliva contains …' (one Q&A a line, school notes) was a question with no
    answer; an answer label after the question's '?' or '.' on its own line splits it, as at a line's start."""
    compiled = _built(tmp_path, "qa-same-line.txt")
    got = [(i.question, " ".join(b.text for b in i.answer)) for i in compiled.items]
    assert got == [
        ("What is the role of saliva in the digestion of food?", "Saliva contains salivary amylase that breaks down starch into sugar."),
        ("Why is diffusion not enough for large organisms?", "Their body is too large for oxygen to reach every cell."),
        ("What are the products of anaerobic respiration in yeast?", "Ethanol, carbon dioxide and energy."),
        ("Name the excretory unit of the kidney.", "Nephron."),
        ('What does "A. thaliana" mean? It names a plant.', "Thale cress."),
    ]


def test_a_wrapped_question_in_emphasis_is_read_whole(tmp_path: Path) -> None:
    """learner L18: '1. *Compiling fails … not' / '   being found.*' (reST FAQs, Sphinx pages) was cut at the line
    break: the front ended mid-sentence with a raw '*', the back began 'being found.*'."""
    compiled = _built(tmp_path, "wrapped-emphasis.md")
    assert [i.question for i in compiled.items] == [
        "Compiling fails giving me a cryptic message about a module not being found.",
        "I'm still having trouble compiling. How can I find out what all of the make variables are set to?",
        "How can I output plotfiles in single precision?",
    ]
    assert " ".join(b.text for b in compiled.items[0].answer).startswith("<p>This usually indicates")


def test_plain_question_lines_over_their_answers_are_cards(tmp_path: Path) -> None:
    """learner L37: the plainest notes ('What is the function of the ribosome?' over its answer, no heading, bold or
    label) gave one page card. Two or more such lines, most paragraphs opening with a '?' line answered, are
    questions; a prose page's one rhetorical question is not."""
    compiled = _built(tmp_path, "plain-questions.md")
    assert [(i.question, " ".join(b.text for b in i.answer)) for i in compiled.items] == [
        ("What is the function of the ribosome?", "<p>It synthesizes proteins by translating mRNA.</p>"),
        ("What is the function of the Golgi apparatus?", "<p>It modifies, sorts and packages proteins for secretion.</p>"),
        ("What is the role of the lysosome?", "<p>It digests worn-out organelles and macromolecules with hydrolytic enzymes.</p>"),
    ]
    prose = _built(tmp_path / "p", "prose-one-question.md")
    assert [i.question for i in prose.items] == ["Caching"]  # (one rhetorical question: the page is one note)


def test_a_number_alone_as_the_answer_is_the_answer(tmp_path: Path) -> None:
    """learner L35: an answer '6.', '1989.' or '2)' alone on its line is an empty numbered list to Markdown, so the
    question was skipped as 'no answer'. It is the number its author wrote."""
    compiled = _built(tmp_path, "number-answers.md")
    assert [" ".join(b.text for b in i.answer) for i in compiled.items] == ["<p>6.</p>", "<p>1989.</p>", "<p>8</p>", "<p>2)</p>"]
    assert not compiled.deck.skipped
