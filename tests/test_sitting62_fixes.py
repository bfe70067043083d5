"""Sixty-second sitting, helper fixes: open findings of the sixty-first sitting's trials (docs/trials/newdocs61.md,
docs/trials/trial61.md), each fixed as a general mechanism.

Each test's docstring says what was wrong before and what the card or message is now. Documents in
tests/data/sitting62/fixes/, written for this sitting in the shapes the findings describe (none fetched;
econ-phone-notes.txt is a copy of the sixty-first sitting's newdocs d/11, also written for the project).
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

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


def test_n61_7_a_keys_correction_in_brackets_keeps_its_brackets(tmp_path: Path) -> None:
    """N61-7: a true/false test keyed '2. False (Mercury)' at its end. Before: the back was 'False' over 'Mercury', the
    brackets dropped, the correction read as a bare word. Now it is shown as written, 'False' over '(Mercury)'."""
    notes, _, _ = built_notes(tmp_path, {"tf.txt": DATA / "tf-key-brackets.txt"})
    assert [(note_front(n), n["fields"]["Answer"]) for n in notes] == [
        ("True or false: Mars has two moons.", "<p>True</p>"),
        ("True or false: Venus is the closest planet to the Sun.", "<p>False</p><p>(Mercury)</p>"),
        ("True or false: Jupiter is the largest planet.", "<p>True</p>"),
        ("True or false: Saturn is the only planet with rings.", "<p>False</p><p>(all four gas giants have rings)</p>"),
    ]


def test_n61_10_a_yaml_cards_note_and_hint_are_labelled_on_the_back(tmp_path: Path) -> None:
    """N61-10 (and N60-7): a YAML card's 'hint:' or 'note:' beside its 'back:'. Before: an unlabelled second paragraph
    of the back ('Beta blockers' / 'think metoprolol'), read as part of the answer. Now labelled, '*Hint:* think
    metoprolol'; an 'explanation:' stays the answer's unlabelled paragraph."""
    notes, _, _ = built_notes(tmp_path, {"drugs.yaml": DATA / "yaml-note-hint.yaml"})
    assert [(note_front(n), n["fields"]["Answer"]) for n in notes] == [
        ("Which drug class ends in -olol?", "<p>Beta blockers</p><p><em>Hint:</em> think metoprolol</p>"),
        ("Which drug class ends in -pril?", "<p>ACE inhibitors</p><p><em>Note:</em> a dry cough is a common side effect</p>"),
        ("Which drug class ends in -sartan?", "<p>Angiotensin II receptor blockers</p><p>They block the AT1 receptor.</p>"),
    ]


def test_t61_9_a_front_of_one_keyword_is_no_lint_hole(tmp_path: Path) -> None:
    """T61-9: a table of a language's keywords, a card a row ('is' -> 'returns true if both names refer to the same
    object'). Before: `deckc lint` said "hole (missing-subject): …⟦is⟧…" and exited 1. Now a front that is one word
    written as such in its source, over its answer, is no hole (symbol fronts, '!' or ',', were made none by trial62
    T62-3 already); a keyword front in a source that holds a formula keeps the check, as a symbol front does."""
    from click.testing import CliRunner

    from compiler.cli import main
    from compiler.lint import _keyword_front
    from compiler.model import Item, Locator
    from compiler.sources.blocks import text_block

    content = deck_of(tmp_path, {"py.md": DATA / "keyword-table.md"})
    result = CliRunner().invoke(main, ["lint", str(content)], env={"DECKC_SERVER": "off"})
    assert "hole (" not in result.output and result.exit_code == 0, result.output
    assert "0 holes" in result.output
    said = [text_block("returns true if both names refer to the same object")]
    keyword = Item(item_id="s/is", key="s/is", source="s", question="is", answer=said, original="| is | returns … |", locator=Locator(file="s.md", line=1))
    assert _keyword_front(keyword)
    assert not _keyword_front(keyword.model_copy(update={"original": "| is | returns $x$ |"}))
    assert not _keyword_front(keyword.model_copy(update={"question": "is the default"}))
