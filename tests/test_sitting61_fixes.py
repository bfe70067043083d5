"""Sixty-first sitting, helper fixes: open findings of earlier trials (docs/trials/newdocs60.md, trial60.md).

Each test's docstring says what was wrong before and what the card or message is now. Documents in
tests/data/sitting61/fixes/, written for these tests in the shapes the findings describe (none fetched).
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting61" / "fixes"


def _cards(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(note_front(n), note_back(n)) for n in notes]


TIMELINE_CARDS = [
    ("1543", "copernicus puts the sun at the centre"),
    ("1687", "newton publishes the principia"),
    ("1859", "darwin, origin of species"),
    ("1905", "einstein's miracle year (special relativity)"),
    ("Who discovered penicillin?", "alexander fleming, 1928"),
    ("What did mendel study?", "inheritance in pea plants"),
]


def test_n60_17_dated_bullets_among_questions_answered_on_their_line_are_cards(tmp_path: Path) -> None:
    """N60-17: phone notes of dated bullets with no separator ('- 1543 copernicus puts the sun at the centre') mixed
    with 'who discovered penicillin? alexander fleming, 1928' lines. Before: "no items found with the 'article'
    layout", no card. Now each dated line is a card of its date over its event (as a timeline written '1939 - …'
    reads) and each question a card over the answer after its '?'; the table printed reads the same when pasted."""
    notes, skipped, messages = built_notes(tmp_path, {"h.txt": DATA / "phone-timeline-questions.txt"})
    assert _cards(notes) == TIMELINE_CARDS
    assert not skipped
    said = next(m for m in messages if "not listed in deck.toml" in m)
    assert "read as layout 'delimited' (6 items; 6 lines that each split once on '-', a pair per line)" in said, said
    table = said[said.index("[[source]]") :]
    again, _, _ = built_notes(tmp_path / "pasted", {"h.txt": DATA / "phone-timeline-questions.txt"}, table)
    assert _cards(again) == TIMELINE_CARDS


def test_n60_17_questions_answered_on_their_line_among_dashed_pairs_are_cards_of_their_own(tmp_path: Path) -> None:
    """The same questions among a timeline written with its separator ('1947 - truman doctrine'). Before: the
    questions were glued onto the last pair's back ('fall of the berlin wall what was glasnost? gorbachev's …', read
    as the lines its meaning wraps onto). Now each is a card of its own."""
    notes, _, _ = built_notes(tmp_path, {"c.txt": DATA / "dashed-timeline-questions.txt"})
    assert _cards(notes) == [
        ("1947", "truman doctrine"),
        ("1961", "berlin wall goes up"),
        ("1962", "cuban missile crisis"),
        ("1989", "fall of the berlin wall"),
        ("What was glasnost?", "gorbachev's policy of openness"),
        ("Who led the ussr in 1962?", "nikita khrushchev"),
    ]


def test_n60_17_a_paragraph_that_opens_with_a_year_is_no_timeline(tmp_path: Path) -> None:
    """The dated lines are a list's only: notes whose paragraphs open with a year, among prose, are read as before
    (headed notes here, a card per heading), no line of them a date's card."""
    text = (
        "# The French Revolution\n\n"
        "1789 was the year the Estates-General met and the Bastille fell.\n"
        "1793 saw the king executed and the Terror begin under the Committee of Public Safety.\n"
        "1799 ended the Directory when Napoleon took power in a coup.\n"
        "The revolution changed how Europe thought about rights and about the nation.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"r.md": text})
    assert [note_front(n) for n in notes] == ["The French Revolution"]


def test_a_closing_list_of_the_pages_own_sections_is_its_table_of_contents(tmp_path: Path) -> None:
    """A Q&A page closing with '## Summary' over '- **Basic Concepts**: Fundamental container knowledge (2
    questions)' lines, each naming one of its own section headings (the shape of Sagar2366/docker-interview-questions,
    MIT, DOCKER_INTERVIEW_QUESTIONS.md @41c0072: 9 such cards). Before: a card per line ('Basic Concepts' →
    'Fundamental container knowledge (2 questions)'). Now no card: the list is said once as the page's table of
    contents, its entries listed as skipped; the questions are read as before."""
    notes, skipped, messages = built_notes(tmp_path, {"c.md": DATA / "container-questions-summary.md"})
    assert [note_front(n) for n in notes] == [
        "What is a container?",
        "How is an image different from a container?",
        "What does the bridge network driver do?",
        "How do you publish a container port?",
        "Why should a container not run as root?",
    ]
    assert [(s["question"], s["skipped"]) for s in skipped] == [(q, "a section of the page named again in its table of contents (a list of its sections)") for q in ("Basic Concepts", "Networking", "Security")]
    said = [m for m in messages if "own sections" in m]
    assert said == [
        "sources/c.md:36: warning: a list of the page's own sections (3 entries, each a heading of the page: 'Basic Concepts', "
        "'Networking', 'Security') is its table of contents: no card (nothing to do: the sections it names are read on "
        "their own; to learn a line of it, write it under a heading of its own)"
    ]


def test_a_glossary_whose_terms_are_no_headings_of_the_page_is_still_cards(tmp_path: Path) -> None:
    """Only a list naming the page's own headings is its contents: a closing glossary of other terms (one of them a
    heading's word, 'Networking', the others not) is a card per term, as before."""
    text = (DATA / "container-questions-summary.md").read_text(encoding="utf-8").replace(
        "- **Basic Concepts**: Fundamental container knowledge (2 questions)", "- **Namespace**: the kernel feature that isolates a process's view"
    )
    notes, _, messages = built_notes(tmp_path, {"c.md": text})
    assert _cards(notes)[-3:] == [
        ("Namespace", "the kernel feature that isolates a process's view"),
        ("Networking", "Drivers, ports and service discovery (2 questions)"),
        ("Security", "Users, capabilities and image scanning (1 question)"),
    ]
    assert not [m for m in messages if "own sections" in m]


def test_t60_4_a_line_nested_under_a_pair_is_on_its_back(tmp_path: Path) -> None:
    """T60-4: a 'term: meaning' list with a note nested under a pair ('- die Mappe: the folder' / '  - also: the
    briefcase'). Before: the nested line was a card of its own ('also' → 'the briefcase'), its pair's back without it.
    Now it is on its pair's back, on a line of its own, as an example nested so already was."""
    notes, _, _ = built_notes(tmp_path, {"b.md": DATA / "nested-notes-vocabulary.md"})
    assert [(note_front(n), n["fields"]["Answer"]) for n in notes] == [
        ("der Stift", "<p>the pen</p>"),
        ("die Mappe", "<p>the folder</p><p>also: the briefcase</p>"),
        ("der Drucker", "<p>the printer</p>"),
        ("die Besprechung", "<p>the meeting</p><p>e.g.: Die Besprechung beginnt um neun.</p>"),
        ("der Kalender", "<p>the calendar</p>"),
    ]


def test_t60_4_a_group_of_terms_nested_under_a_pair_is_still_a_card_each(tmp_path: Path) -> None:
    """The list says otherwise when three pairs or more are nested under one ('- Storage tiers: …' / '  - Hot: …' /
    '  - Cool: …' / '  - Archive: …'): a group of terms, a card each, as before."""
    notes, _, _ = built_notes(tmp_path, {"s.md": DATA / "nested-terms-group.md"})
    assert [note_front(n) for n in notes] == ["Storage tiers", "Hot", "Cool", "Archive", "Replication", "Snapshot"]
    assert note_back(notes[0]) == "the classes of storage a provider sells"


def test_n60_12_a_question_naming_its_values_shows_no_page_title_alone(tmp_path: Path) -> None:
    """N60-12: '# Probability quiz' over '1. What is the mean of 3, 5, 7?' / '   **5**' and two more. Before: only the
    first card had the context line 'Probability quiz': its words ('what is the mean of') were all question words and
    light verbs, the numbers not counted, so it was taken for a question naming no subject. Now a question holding two
    numbers or more names what it asks about: no card of the quiz shows the title (the page's title is no section)."""
    notes, _, _ = built_notes(tmp_path, {"q.md": DATA / "numbered-bold-answers.md"})
    assert _cards(notes) == [
        ("What is the mean of 3, 5, 7?", "5"),
        ("What does a probability of 0 mean?", "The event cannot happen."),
        ("What is the mode of 1, 2, 2, 9?", "2"),
    ]
    assert [n["fields"]["Section"] for n in notes] == ["", "", ""]


def test_n60_12_a_question_that_names_nothing_still_shows_the_page_title() -> None:
    """The rule it changes: a question of question words alone still names no subject ('What does it mean?', 'What are
    the 3 types?': one number names none); two numbers or more name the values asked about."""
    from compiler.subjectless import names_no_subject

    assert names_no_subject("What does it mean?")
    assert names_no_subject("What are the 3 types?")
    assert not names_no_subject("What is the mean of 3, 5, 7?")
    assert not names_no_subject("What is 2 + 2?")


def test_n60_15_a_heading_over_only_a_question_is_its_section(tmp_path: Path) -> None:
    """N60-15's side effect: revision notes read by their headings end with '## Essay question' over one unanswered
    bold question. Before: two messages for one item, "question has no answer" at the heading (line 15) and at the
    question (line 16). Now the heading is the question's section, the question alone said at its line."""
    notes, skipped, messages = built_notes(tmp_path, {"r.md": DATA / "essay-under-heading.md"})
    assert [note_front(n) for n in notes] == ["Causes", "Key people"]
    assert [(s["line"], s["section"]) for s in skipped] == [(16, ["Essay question"])]
    assert [m.split(": warning")[0] for m in messages if "question has no answer" in m] == ["sources/r.md:16"]


def test_n60_14_a_callout_under_the_title_is_said_as_a_box_not_an_introduction(tmp_path: Path) -> None:
    """N60-14: a Q&A page with '> [!tip] Astuce' / '> Passé composé = avoir ou être …' under its title. Before: "text
    outside any question is not in any card (under the page's title …: its introduction)", a tip called the page's
    introduction. Now the message names the box and its title and says how to learn it or leave it; the questions are
    read as before."""
    notes, _, messages = built_notes(tmp_path, {"f.md": DATA / "callout-under-title.md"})
    assert [note_front(n) for n in notes] == [
        "Quel auxiliaire prend le verbe « aller » ?",
        "Quel est le participe passé de « faire » ?",
        "Quand accorde-t-on le participe passé avec « avoir » ?",
    ]
    said = [m for m in messages if "outside any question" in m]
    assert said == [
        "sources/f.md:3: warning: a [!tip] box 'Astuce' outside any question is not in any card (under the page's title "
        "'Français A2 – le passé composé' at line 1) (notes, not questions? notes = \"skip\" in its [[source]] table stops "
        "this message; else to learn it, put it under a question ('## …?' or '**…?**'; a heading that asks ends with '?') "
        "or write it as a card of its own; to leave it out, nothing to do)"
    ]


def test_t60_6_look_alike_fronts_of_two_pages_show_their_pages_titles(tmp_path: Path) -> None:
    """T60-6: two pages of the same shape, '# Imperfect' and '# Present', each '## Irregular verbs' / '### ser' / its
    forms. Before: both cards were fronted 'ser' under the context line 'Irregular verbs', nothing telling which tense
    they ask for (the title only on the back's Sources line). Now a card whose front and context line a card of
    another page shows too gets its page's title first: 'Imperfect › Irregular verbs' and 'Present › Irregular verbs'.
    A deck of one of them alone keeps its context line as it was."""
    tenses = DATA / "tense-pages"
    notes, _, _ = built_notes(tmp_path, {"imperfect.md": tenses / "imperfect.md", "present.md": tenses / "present.md"})
    assert [(note_front(n), n["fields"]["Section"], note_back(n)) for n in notes] == [
        ("-ar verbs", "Imperfect › Regular verbs", "hablaba, hablabas, hablaba, hablábamos, hablabais, hablaban"),
        ("ser", "Imperfect › Irregular verbs", "era, eras, era, éramos, erais, eran"),
        ("ir", "Imperfect › Irregular verbs", "iba, ibas, iba, íbamos, ibais, iban"),
        ("-ar verbs", "Present › Regular verbs", "hablo, hablas, habla, hablamos, habláis, hablan"),
        ("ser", "Present › Irregular verbs", "soy, eres, es, somos, sois, son"),
        ("ir", "Present › Irregular verbs", "voy, vas, va, vamos, vais, van"),
    ]
    alone, _, _ = built_notes(tmp_path / "alone", {"imperfect.md": tenses / "imperfect.md"})
    assert [n["fields"]["Section"] for n in alone] == ["Regular verbs", "Irregular verbs", "Irregular verbs"]
