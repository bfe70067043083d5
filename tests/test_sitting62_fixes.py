"""Sixty-second sitting, helper fixes: open findings of the sixty-first sitting's trials (docs/trials/newdocs61.md,
docs/trials/trial61.md), each fixed as a general mechanism.

Each test's docstring says what was wrong before and what the card or message is now. Documents in
tests/data/sitting62/fixes/, written for this sitting in the shapes the findings describe (none fetched;
econ-phone-notes.txt is a copy of the sixty-first sitting's newdocs d/11, also written for the project).
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting62" / "fixes"


def test_n61_3_phone_notes_mixing_separators_are_a_card_a_line(tmp_path: Path) -> None:
    """N61-3: phone notes 'GDP = …', 'inflation -> …', 'opportunity cost: next best …', 'elasticity... how much …',
    "what's a monopoly?? one seller …". Before: the ':' line, the '...' line and the '??' line were joined into one
    item (the lower-case lines read as the wrapped rest of the meaning above) and said once, "question has no answer
    (write its answer after ' = ' …)". Now a card a line; the '??' front asks."""
    notes, skipped, messages = built_notes(tmp_path, {"econ.txt": DATA / "econ-phone-notes.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("GDP", "total value of goods & services produced in a country in a yr"),
        ("inflation", "general rise in prices, measured by CPI"),
        ("opportunity cost", "next best alternative given up"),
        ("elasticity", "how much demand changes when price changes"),
        ("What's a monopoly?", "one seller, no close substitutes"),
        ("fiscal policy", "govt spending + tax"),
        ("monetary policy", "central bank, interest rates"),
    ]
    assert skipped == []
    assert not [m for m in messages if "no answer" in m], messages


def test_n61_3_mixed_separators_among_a_majority_of_one_still_split_and_a_wrap_still_joins(tmp_path: Path) -> None:
    """N61-3, the list's own separator on most lines: five 'x = y' lines among 'x: y', 'x... y', 'x?? y' and 'x -> y'.
    Before: the ':', '...' and '??' lines were one item of no answer (joined as wrapped text). Now each is a card; a
    line that really wraps ('and for predicting what comes next' under 'schema = …') still joins its meaning, and a
    note closing the list ('Tip: learn one study for each of these.') stays a note, said, no card."""
    notes, skipped, messages = built_notes(tmp_path, {"psych.txt": DATA / "phone-notes-mixed.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("conformity", "changing behaviour to fit in with a group"),
        ("obedience", "following orders from an authority figure"),
        ("attitude", "a learned tendency to evaluate something"),
        ("schema", "mental framework for organising info about the world and for predicting what comes next"),
        ("cognitive dissonance", "discomfort from holding two conflicting beliefs"),
        ("heuristic", "mental shortcut for quick judgements"),
        ("bystander effect", "less helping when others are around"),
        ("What's groupthink?", "a group choosing harmony over good decisions"),
        ("prejudice", "negative attitude towards a whole group"),
    ]
    assert skipped == []
    notes_said = [m for m in messages if "a note, not a word with its meaning" in m]
    assert len(notes_said) == 1 and "psych.txt:13:" in notes_said[0] and "Tip: learn one study" in notes_said[0], messages
    assert not [m for m in messages if "no answer" in m], messages


def test_n61_3_dots_or_question_marks_alone_make_no_pair_list() -> None:
    """N61-3's limits: dots glued to a term part a pair only in notes that already mix separators; a blank to fill
    ('The … is the powerhouse') and a spaced ellipsis are no separator."""
    from compiler.sources.lines import pair_separator, phone_pair

    assert phone_pair("The … is the powerhouse of the cell") is None
    assert phone_pair("elasticity … how much demand changes") is None
    assert phone_pair("elasticity... how much demand changes") == ("... ", "elasticity", "how much demand changes")
    assert phone_pair("what's a monopoly?? one seller") == ("?? ", "what's a monopoly?", "one seller")
    story = ["Wait... what happened next", "Well... nobody knew", "Then... the lights went out", "And so... we left"]
    assert pair_separator(story) is None


def test_n61_11_a_file_cut_off_mid_word_is_said_and_its_card_kept(tmp_path: Path) -> None:
    """N61-11: a truncated file whose last answer stops mid-word ('Mannitol, an osmotic diuret', no line break after
    it; every other answer ends a sentence). Before: a card, no message. Now the card is kept and one warning at the
    last line says the file seems cut off."""
    notes, _, messages = built_notes(tmp_path, {"renal.md": DATA / "truncated-no-newline.md"})
    assert [note_back(n) for n in notes][-1] == "Mannitol, an osmotic diuret"
    assert len(notes) == 4
    said = [m for m in messages if "seems cut off" in m]
    assert said == [
        "sources/renal.md:13: warning: the file seems cut off: its last line, 'Mannitol, an osmotic diuret', stops in the "
        "middle of a word with no line break after it, where its other 3 answers each end a sentence (the card is kept "
        "as it is) (check that the file is whole (save or copy it again from where it came from); if it is, end its "
        "last answer with a full stop)"
    ], messages


def test_n61_11_a_cut_word_is_said_with_a_line_break_too(tmp_path: Path) -> None:
    """N61-11 as newdocs61 d/22 was saved (a line break after the cut): 'A: A cardioselective beta bl', a last word with
    no vowel, among answers that end a sentence. Before: no message. Now said at its line, in a Q:/A: file too."""
    notes, _, messages = built_notes(tmp_path, {"drugs.txt": DATA / "truncated-cut-word.txt"})
    assert [(note_front(n), note_back(n)) for n in notes][-1] == ("What class of drug is atenolol?", "A cardioselective beta bl")
    assert [m.split(": warning: ")[0] for m in messages if "seems cut off" in m] == ["sources/drugs.txt:11"]


def test_n61_11_a_last_answer_without_a_full_stop_is_not_cut_off(tmp_path: Path) -> None:
    """N61-11's limits: a last answer with no full stop that ends a line ('Mannitol, an osmotic diuretic' and a line
    break), or a file whose answers are phrases, is no file cut off: no message."""
    whole = (DATA / "truncated-no-newline.md").read_text(encoding="utf-8") + "ic\n"
    phrases = "Q: Capital of France?\nA: Paris\n\nQ: Capital of Spain?\nA: Madrid\n\nQ: Capital of Italy?\nA: Rome\n\nQ: Capital of Peru?\nA: Lim"
    for name, text in (("whole.md", whole), ("phrases.txt", phrases)):
        notes, _, messages = built_notes(tmp_path / name, {name: text})
        assert len(notes) == 4
        assert not [m for m in messages if "cut off" in m], messages


def test_t61_6_a_list_of_unanswered_questions_among_notes_is_said_once(tmp_path: Path) -> None:
    """T61-6: a syllabus's notes, then '# 2. Sample Questions' over bullets that ask and have no answer (and a second
    such list under '### Harder questions'). Before: "question has no answer" at every bullet (8 warnings here, 39 in
    the ML syllabus). Now one warning a list, as a page of nothing but such a list is said; the term cards stay."""
    notes, skipped, messages = built_notes(tmp_path, {"stats.md": DATA / "syllabus-sample-questions.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Z-score", "how many standard deviations a value lies from the mean"),
        ("Power", "the chance a test detects an effect that is there"),
        ("Effect size", "how large a difference is, apart from the sample size"),
    ]
    assert len(skipped) == 8
    assert not [m for m in messages if "question has no answer" in m], messages
    hint = "(write each answer under its question (indented under its entry, or as a '## …?' heading over it), or leave the list out)"
    assert [m for m in messages if "questions and no answers" in m] == [
        f"sources/stats.md:21: warning: a list of 5 questions and no answers (lines 21 to 25): no card {hint}",
        f"sources/stats.md:28: warning: a list of 3 questions and no answers (lines 28 to 30): no card {hint}",
    ]


def test_t61_6_two_unanswered_questions_stay_said_each(tmp_path: Path) -> None:
    """T61-6's limit: fewer than three unanswered entries in a row are no list of questions; each is said at its line."""
    text = (
        "# Notes\n\n## What is a z-score?\nHow far a value lies from the mean, in standard deviations.\n\n"
        "## Is power a probability?\nYes: the chance a test detects a real effect.\n- What is an effect size?\n- What is a p-value?\n"
    )
    _, _, messages = built_notes(tmp_path, {"n.md": text})
    assert not [m for m in messages if "questions and no answers" in m], messages
    assert [m.split(": warning: ")[0] for m in messages if "question has no answer" in m] == ["sources/n.md:8", "sources/n.md:9"], messages


def test_t61_3_a_text_file_of_commands_and_comments_is_a_cheat_sheet(tmp_path: Path) -> None:
    """T61-3's .txt half: a shell cheat sheet saved as text, 'docker ps -a      # List every container, stopped ones
    too' under banner comments ('# CONTAINERS' between rules of '#'). Before: read as Markdown, '# CONTAINERS' a heading
    over its commands and comments run together on one card, '$(docker ps -a -q)' … '$(docker images -q)' one formula.
    Now read as the same lines in a .sh are: a card a command, its comment the front, the command the back as code,
    the banners the sections."""
    notes, skipped, messages = built_notes(tmp_path, {"docker.txt": DATA / "docker-commands.txt"})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("List the running containers", "docker ps", "CONTAINERS"),
        ("List every container, stopped ones too", "docker ps -a", "CONTAINERS"),
        ("Stop a running container gracefully", "docker stop <container-id>", "CONTAINERS"),
        ("Remove every container on this machine", "docker rm $( docker ps -a -q )", "CONTAINERS"),
        ("Follow a container's log output", "docker logs -f <container-id>", "CONTAINERS"),
        ("List the images on this machine", "docker images", "IMAGES"),
        ("Remove every image on this machine", "docker rmi $( docker images -q )", "IMAGES"),
        ("Download an image from a registry", "docker pull <image>", "IMAGES"),
    ]
    assert "\\(" not in str([n["fields"] for n in notes])
    assert skipped == []
    assert any("read as layout 'markdown' (8 items" in m for m in messages), messages


def test_t61_3_the_pasted_table_reads_the_text_cheat_sheet_alike(tmp_path: Path) -> None:
    """The table the build prints for that file (layout = "markdown", headings = "cards") reads it the same way."""
    table = (
        '[[source]]\nid = "docker"\nfile = "sources/docker.txt"\ntitle = "docker"\nlayout = "markdown"\n'
        'difficulty = { from = "fixed", default = "medium" }\nheadings = "cards"\n'
    )
    notes, _, _ = built_notes(tmp_path, {"docker.txt": DATA / "docker-commands.txt"}, table)
    assert [note_front(n) for n in notes][:2] == ["List the running containers", "List every container, stopped ones too"]
    assert len(notes) == 8


def test_t61_3_a_closing_dollar_after_a_space_ends_no_formula_over_lines(tmp_path: Path) -> None:
    """T61-3's dollar half: 'docker rm $(docker ps -a -q) removes every container.' over 'docker rmi $(docker images
    -q) …' in a Markdown answer. Before: one inline formula from the first '$' to the second line's (a closing dollar
    after a space), the text between typeset as maths. Now both lines are text; '$\\pi r^2$' is still a formula."""
    notes, _, _ = built_notes(tmp_path, {"notes.md": DATA / "shell-dollars.md"})
    assert [n["fields"]["Answer"] for n in notes] == [
        "<p>docker rm $(docker ps -a -q) removes every container.\ndocker rmi $(docker images -q) removes every image.</p>",
        "<p>\\(\\pi r^2\\), and its circumference is \\(2 \\pi r\\).</p>",
    ]
