"""Multiple choice in the shapes the ninth sitting's trial and learner found (helper quiz).

Fixtures written here, in tests/data/newuser/: ``colour-key.md`` / ``colour-key.html`` /
``colour-key-headings.md`` (exam-answer pages whose options are plain bullets and whose key is a colour or the
one bold option: trial9 T17); ``options-table.md`` (options as a table `|编号|选项|` / `|Option|Text|`, the key
in red, bold, a ✓ column or an answer line: learner2 M39); ``inline-options.md`` / ``inline-options-headings.md``
(options run together on one line, `a) … b) … c) …`, `(a) … (b) …`, `A. … B. …`: learner2 M34)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from conftest import NEWUSER, deck_of, drop_in

from compiler.build import build
from compiler.model import Item
from compiler.sources.choices import bullet_question, find_choices, inline_options, table_options


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    warnings = [f"{w.file}:{w.line}: {w.message}" for w in result.compiled.diagnostics.warnings]
    return result.compiled.items, warnings


def _keys(items: list[Item]) -> list[tuple[str, str | None, list[str]]]:
    return [(i.question, i.correct, [c.text for c in i.choices]) for i in items]


def test_plain_bullets_keyed_by_colour_or_the_one_bold_option_are_multiple_choice(tmp_path: Path) -> None:
    """T17: an exam-answer page lists each question's options as plain bullets and marks the right one red,
    green, with a class 'correct', or bold (two for "Choose two"): multiple choice with that key, the colour
    and bold gone from the option's text. Bullets under a question that asks for a list, nested bullets,
    every option bold, or a colour that is no key colour (blue) stay the answer's own list."""
    items, _ = _build(tmp_path, "colour-key.md")
    assert _keys(items[:5]) == [
        ("Which device forwards frames by MAC address?", "B", ["hub", "switch", "repeater", "modem"]),
        ("Which protocol resolves an IPv4 address to a MAC address?", "C", ["DNS", "DHCP", "ARP", "ICMP"]),
        ("Which two are transport-layer protocols? (Choose two.)", "A,C", ["TCP", "IP", "UDP", "Ethernet"]),
        ("Which port does HTTPS use by default?", "B", ["80", "443", "21"]),
        ("Which layer does a router work at?", "A", ["network", "physical", "session"]),
    ]
    assert "local segment" in " ".join(b.plain() for b in items[1].answer)  # the explanation stays on the back
    assert [i.kind.value for i in items[5:]] == ["basic", "basic", "basic"]
    assert "Link" in items[5].answer[0].plain() and "10.0.0.0/8" in items[6].answer[0].plain()


def test_a_saved_exam_page_keeps_its_red_key(tmp_path: Path) -> None:
    """T17: a saved page's `<span style="color: #ff0000">` / `<font color=red>` / `class="correct"` around an
    option was dropped by the conversion, and with it the only key; it is kept, so the options are multiple
    choice, and colour elsewhere on the page reaches the card as one of its colour classes."""
    items, _ = _build(tmp_path, "colour-key.html")
    assert _keys(items) == [
        ("Which device forwards frames by MAC address?", "B", ["hub", "switch", "repeater"]),
        ("Which protocol resolves an IPv4 address to a MAC address?", "B", ["DNS", "ARP", "ICMP"]),
        ("Which two are transport-layer protocols? (Choose two.)", "A,C", ["TCP", "IP", "UDP", "Ethernet"]),
        ("Which layer does a router work at?", "A", ["network", "physical"]),
    ]
    assert "local segment" in " ".join(b.plain() for b in items[1].answer)
    assert all(not c.html or "span" not in c.html for i in items for c in i.choices)


def test_bullets_under_question_headings(tmp_path: Path) -> None:
    """T17: the same under `## Question?` headings, with Jira's `{color:green}…{color}` and `<mark>`; bold
    inside other entries too is the author's emphasis, not a key."""
    items, _ = _build(tmp_path, "colour-key-headings.md")
    assert [(i.kind.value, i.correct) for i in items] == [
        ("multiple_choice", "B"),
        ("multiple_choice", "B"),
        ("multiple_choice", "A"),
        ("basic", None),
    ]
    assert [c.text for c in items[1].choices] == ["FAT32", "ext4", "exFAT"]


def test_bullet_options_need_a_question_and_one_mark() -> None:
    lines = ["- a", "- **b**", "- c"]
    assert find_choices(lines) is None  # only readers that ask for bullets get them
    assert find_choices(lines, bullets=True).correct == "B"  # type: ignore[union-attr]
    assert find_choices(["- **a**", "- b", "- **c**"], bullets=True) is None  # two marked, one asked for
    assert find_choices(["- **a**", "- b", "- **c**"], bullets=True, several=True).correct == "A,C"  # type: ignore[union-attr]
    assert find_choices(["- **a**", "- **b**"], bullets=True, several=True) is None  # all bold: formatting
    assert find_choices(['- <span style="color:red">a</span> or <span style="color:red">b</span>', "- c"], bullets=True) is None
    assert find_choices(["- a", "- b", "- c", "- d", "- e", "- f", "- g", "- h", "- **i**"], bullets=True) is None
    assert bullet_question("Which port does SSH use?") and bullet_question("Which two are protocols? (Choose two.)")
    assert not bullet_question("What are the layers of the OSI model?") and not bullet_question("Name the planets.")
    assert not bullet_question("Describe a switch")


def test_options_in_a_table_keyed_by_colour_bold_a_tick_or_an_answer_line(tmp_path: Path) -> None:
    """M39: a table right under a question whose first column is A, B, C … is its options; the row marked red,
    bold or ✓ (or an answer line after it) is the key. A table whose first column is no letters stays the answer."""
    items, _ = _build(tmp_path, "options-table.md")
    assert _keys(items[:4]) == [
        ("以太网的介质访问控制方法是_________。", "C", ["令牌环", "令牌总线", "CSMA/CD", "FDDI"]),
        ("Which layer does a router work on?", "C", ["Physical", "Data link", "Network"]),
        ("Which port does DNS use?", "B", ["25", "53", "80"]),
        ("Which protocol is connectionless?", "B", ["TCP", "UDP"]),
    ]
    assert "IP address" in " ".join(b.plain() for b in items[1].answer)
    assert items[4].kind.value == "basic" and "reliable" in items[4].answer_plain()


def test_options_run_together_on_one_line(tmp_path: Path) -> None:
    """M34: `… a) Furosemide b) Spironolactone c) …` on the question's line or the next, `(a) … (b) …`,
    `A. … B. …`: each label in order starts an option, the key under them names one; a sentence that
    mentions a) b) c) after other words stays text."""
    items, _ = _build(tmp_path, "inline-options.md", "inline-options-headings.md")
    assert sorted((i.question, i.correct, [c.text for c in i.choices]) for i in items if i.correct) == sorted([
        ("Which organ makes bile?", "B", ["Pancreas", "Liver", "Spleen", "Kidney"]),
        ("Which vitamin is fat-soluble?", "C", ["Vitamin C", "Vitamin B1", "Vitamin K"]),
        ("Which ion is the main intracellular cation?", "B", ["Sodium", "Potassium", "Chloride"]),
        ("Which vitamin deficiency causes rickets?", "C", ["Vitamin A", "Vitamin C", "Vitamin D", "Vitamin E"]),
        ("Which drug reverses opioids?", "A", ["Naloxone", "Flumazenil", "Atropine"]),
    ])
    sodium = next(i for i in items if i.question.startswith("Where is the sodium"))
    assert sodium.kind.value == "basic" and "ward book" in sodium.answer_plain()


def test_table_and_inline_option_shapes() -> None:
    assert table_options(["|A|B|", "|-|-|", "|x|y|", "|z|w|"]) is None  # no letter column
    assert table_options(["|#|Text|", "|-|-|", "|A|one|", "|C|two|"]) is None  # letters out of order
    assert inline_options("a) one b) two") is None  # two labels are not yet a run
    assert inline_options("a) Both (b) and (c) hold") is None
    assert inline_options("Take vitamin A. B. C. daily") is None
    assert inline_options("Pick: (A) red (B) green (C) blue") == ("Pick:", ["A) red", "B) green", "C) blue"])


def test_a_worksheets_bold_verdicts_answer_its_statements_and_a_later_letter_key_does_not(tmp_path: Path) -> None:
    """M28: `1. SSDs have no moving parts. **True**` kept its verdict on the front and had no answer, and a
    matching exercise's key further down (`Answer: 1-b, 2-a`) answered statements 1 and 2 with 'b' and 'a'.
    A bold (or dashed) True/False after a statement is its answer; a key's option letters answer only
    questions with options."""
    items, _ = _build(tmp_path, "worksheet-parts.md")
    assert [(i.question, i.answer_plain()) for i in items[:3]] == [
        ("True or false: SSDs have no moving parts.", "True"),
        ("True or false: RAID 0 keeps a copy of every block.", "False"),
        ("True or false: A journal speeds up every write", "False"),
    ]
    assert items[3].question == "The ______ command lists block devices." and items[3].answer_plain() == "lsblk"
    items, warnings = _build(tmp_path / "unkeyed", "worksheet-unkeyed.md")
    # statements 1 and 2: no card, not 'b' and 'a'; the matching table paired by its key (T32-2: it was no card)
    assert [i.answer_plain() for i in items] == ["lsblk", "partition", "Windows", "macOS"]
    assert [w for w in warnings if "no answer" in w] == [
        "sources/worksheet-unkeyed.md:5: question has no answer",
        "sources/worksheet-unkeyed.md:6: question has no answer",
    ]


def test_picture_options_keep_their_pictures(tmp_path: Path) -> None:
    """M44: `- [x] ![plot B](img/b.png)` options became their alt texts (which may give the answer away) and,
    without alt text, the question a basic card; each option shows its picture (packed in the deck), its
    alt text (or '[image: b.png]') standing for it where no picture can be shown."""
    pictures = NEWUSER.parent / "newuser"
    content = deck_of(
        tmp_path,
        {
            "picture-options.md": NEWUSER / "picture-options.md",
            "img/circle.png": pictures / "org" / "circle.png",
            "img/roc.png": pictures / "vault" / "attachments" / "roc.png",
            "img/diagram.png": pictures / "web" / "page_files" / "diagram.png",
        },
    )
    result = build(content, tmp_path / "build", formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.kind.value, i.correct, [c.text for c in i.choices]) for i in items] == [
        ("multiple_choice", "B", ["a circle", "a curve", "a diagram"]),
        ("multiple_choice", "A", ["[image: circle.png]", "[image: roc.png]"]),
    ]
    assert [c.html for c in items[0].choices] == [
        '<img src="circle.png" alt="a circle">',
        '<img src="roc.png" alt="a curve">',
        '<img src="diagram.png" alt="a diagram">',
    ]
    with zipfile.ZipFile(next((tmp_path / "build").glob("*.apkg"))) as z:
        assert sorted(json.loads(z.read("media")).values()) == ["circle.png", "diagram.png", "roc.png"]


def test_label_led_quizzes_read_as_their_labels_say(tmp_path: Path) -> None:
    """M24: a label on a line of its own (`__Practice Question__`, `**Question:**`, `### Question`) was the
    question and the question its answer; options and the `__Suggested Answers__` list (`- B - Correct`) were
    lost, metadata (`__Type__` over `Multiple Choice`) became cards, and labels showed on the front. The
    label's text is the question, the options and key are read, metadata is no card, and a heading that only
    numbers the question keeps its topic as the section."""
    items, warnings = _build(tmp_path, "label-led.md", "label-lines.md")
    got = sorted((i.question, i.correct, i.answer_plain() if not i.correct else "", tuple(i.section)) for i in items)
    assert got == sorted([
        ("What is the boiling point of water at sea level?", "B", "", ()),
        ("Name the largest planet.", "B", "", ()),
        ("Which gases are noble gases? (Select all that apply)", "A,C", "", ()),
        ("Which of these is a strong acid?", "B", "", ("Acids",)),
        ("What is the pH of a neutral solution?", "B", "", ("Bases",)),
        ("What is an isotope?", None, "An atom with the same number of protons and a different number of neutrons.", ("Card 1",)),
        ("What is a mole?", None, "6.022 × 10^23 particles of a substance.", ("Card 2",)),
    ])
    assert not [w for w in warnings if "outside any question" in w or "statement headings" in w]
    assert [c.text for c in next(i for i in items if i.correct == "B" and "water" in i.question).choices] == ["90 °C", "100 °C", "110 °C"]


def test_label_led_keeps_lines_and_leaves_other_pages_alone() -> None:
    from compiler.sources.labelled import label_led

    page = (NEWUSER / "label-led.md").read_text(encoding="utf-8")
    assert len(label_led(page).split("\n")) == len(page.split("\n"))  # messages still name the page's lines
    one = "**Question:**\n\nWhat is it?\n\nIt is this.\n"  # one label alone is no label-led page
    assert label_led(one) == one
    numbered = "### Question 1\n\nWhat is it?\n\n### Question 2\n\nWhat else?\n"  # the reader's own label headings
    assert label_led(numbered) == numbered


def test_code_block_options_under_a_colon_or_a_break(tmp_path: Path) -> None:
    """M1 rest: `- [ ] :` (or `- [x] <br>`) over a fenced code block is an option whose text is that code, as a
    bare letter or `&shy;` already was; options of both kinds mix."""
    items, _ = _build(tmp_path, "code-options-colon.md")
    assert [(i.kind.value, i.correct) for i in items] == [("multiple_choice", "B"), ("multiple_choice", "A")]
    assert [c.text for c in items[0].choices] == ["class __init__(self):\n    pass", "def __init__(self):\n    pass", "def __init__():\n    pass"]
    assert [c.lang for c in items[1].choices] == ["python", None, None]
    assert items[1].choices[0].text.startswith("keys = []\nfor key in table.values():")


def test_gitbook_quiz_blocks_are_multiple_choice(tmp_path: Path) -> None:
    """P6: a HonKit/GitBook quiz block (`<quiz>` / `<question multiple>` / `<p>stem</p>` / `<answer correct>` /
    `<explanation>`) was one junk card showing the tags as code; each question is multiple choice with its
    correct answers, inline code kept, the explanation on the back, the plugin's print note no text."""
    items, _ = _build(tmp_path, "gitbook-quiz.md")
    assert len(items) == 8 and all(i.kind.value == "multiple_choice" for i in items)
    assert [i.correct for i in items] == ["C", "A,C", "C", "B,D", "B", "B", "A,B", "C"]
    assert [c.text for c in items[2].choices] == ["var", "let", "const"]
    assert "semicolons to denote line endings" in items[0].answer_plain()
    assert "Visit Quiz Online" not in " ".join(i.answer_plain() for i in items)


def test_a_matching_exercise_answers_each_term_with_its_definition(tmp_path: Path) -> None:
    """P11: terms 1-4, definitions a-d, 'Answers: 1-c, 2-a, …': the backs were bare letters and the last term a
    multiple-choice card over the definitions. Each term is a card answered by the definition its letter names."""
    items, _ = _build(tmp_path, "matching-key.md")
    assert [(i.kind.value, i.question, i.answer_plain()) for i in items] == [
        ("basic", "Ribosome", "Builds proteins"),
        ("basic", "Mitochondrion", "Makes ATP by respiration"),
        ("basic", "Nucleus", "Holds the cell's DNA"),
        ("basic", "Golgi apparatus", "Packages proteins for export"),
    ]


def test_lettered_options_with_no_key_anywhere_make_no_card(tmp_path: Path) -> None:
    """P14: questions under '### Question N' headings with lettered options and no key on the page were basic
    cards 'stem -> A) … B) … C) …' (the numbered layout says 'none marked correct; no card'). They make no
    card, with that warning; a keyed one is multiple choice, and a question asking for a list keeps its
    lettered list as the answer, and so does an answer whose prose comes before its lettered list."""
    items, warnings = _build(tmp_path, "unkeyed-headings.md")
    assert [(i.question, i.kind.value, i.correct) for i in items] == [
        ("Which attribute names an image's text for screen readers?", "multiple_choice", "B"),
        ("What are the three layers of a web page?", "basic", None),
        ("How does a TCP connection open?", "basic", None),  # a lettered list after the answer's prose: its own
    ]
    assert [w for w in warnings if "none marked correct" in w] == [
        "sources/unkeyed-headings.md:3: 3 options and none marked correct; no card",
        "sources/unkeyed-headings.md:10: 3 options and none marked correct; no card",
    ]


def test_highlighted_or_underlined_option_is_the_key(tmp_path: Path) -> None:
    """P9: a Word quiz converted by pandoc marks the right option by highlight or underline (`[Mercury]{.mark}`,
    `[Carbon dioxide]{.underline}`, `<u>…</u>`): that is the key, like bold, and the span is not shown raw."""
    items, _ = _build(tmp_path, "pandoc-marks.md")
    assert [(i.correct, [c.text for c in i.choices]) for i in items] == [
        ("B", ["Venus", "Mercury", "Mars"]),
        ("C", ["Oxygen", "Nitrogen", "Carbon dioxide"]),
        ("A", ["Mercury", "Iron", "Copper"]),
    ]


def test_quizdown_numbered_task_boxes_and_select_prompts(tmp_path: Path) -> None:
    """P18: quizdown's numbered task boxes (`1. [x] 7`) are options like `- [x]`, and a prompt that asks by its
    verb ('Select the **even** numbers!') is a question whose ticked boxes are each a right option."""
    items, _ = _build(tmp_path, "quizdown-boxes.md")
    assert [(i.kind.value, i.correct, [c.text for c in i.choices]) for i in items] == [
        ("multiple_choice", "B", ["3", "7", "12"]),
        ("multiple_choice", "A,C", ["2", "5", "8"]),
    ]
    assert "y + 4" in " ".join(b.plain() for b in items[0].stimulus)  # the code asked about is on the front


def test_a_questions_file_and_its_numbered_answers_file(tmp_path: Path) -> None:
    """P20: questions in one file ('# Question 1.' over '### What is DNS?') and open answers in another ('# Answer
    1.' over paragraphs, lists, code) made no card, with key_file or without. Each question is answered by its
    answer section's whole text, with or without '?', at its own line; ANSWERS-EN.md beside QUESTIONS-EN.md pairs
    by name."""
    paired = NEWUSER / "paired"
    files = {"QUESTIONS-EN.md": paired / "QUESTIONS-EN.md", "ANSWERS-EN.md": paired / "ANSWERS-EN.md"}
    for table in ("", '[[source]]\nid = "web"\nfile = "sources/QUESTIONS-EN.md"\nkey_file = "sources/ANSWERS-EN.md"\n'):
        root = tmp_path / ("listed" if table else "unlisted")
        content = deck_of(root, files, table=table)
        result = build(content, root / "build", formats=("json",), now=1_000)
        assert result.compiled is not None
        items = result.compiled.items
        assert [(i.question, i.locator.line, i.answer_plain().strip().split("\n")[0]) for i in items] == [
            ("What is DNS?", 3, "The Domain Name System: it turns names like example.org into addresses."),
            ("Name two HTTP methods that change data", 6, "POST"),
            ("What does a 404 status mean?", 9, "The server found nothing at that address."),
        ]
        assert "404 Not Found" in items[2].answer_plain()


def test_a_coloured_answer_label_is_still_a_label(tmp_path: Path) -> None:
    """T17 follow-up: keeping a page's colours must not keep a red 'Answer:' label on the back."""
    page = (
        "<html><body><main><h2>What is TCP?</h2><p><strong><span style='color:red'>Answer:</span></strong> "
        "A reliable transport protocol.</p><h2>What is DNS?</h2><p>The <span style='color:blue'>Domain Name "
        "System</span>.</p></main></body></html>"
    )
    result = build(deck_of(tmp_path, {"p.html": page}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.answer_plain() for i in result.compiled.items] == ["A reliable transport protocol.", "The Domain Name System."]
    assert 'class="c-blue"' in result.compiled.items[1].answer[0].text


def test_an_option_label_without_its_space(tmp_path: Path) -> None:
    """N19: 'C.S3' / 'B.CloudFront' (no space after the label, a typo of hand-typed banks) ended the options: C and
    D went to the explanation, or the question was a basic card. In a run A. B. C. the next letter and a capital
    is the next option."""
    items, _ = _build(tmp_path, "unspaced-labels.md")
    assert [(i.correct, [c.text for c in i.choices]) for i in items] == [
        ("C", ["EC2", "Lambda", "S3", "RDS"]),
        ("A", ["Route 53", "CloudFront", "VPN"]),
    ]


def test_a_note_merged_from_one_document_names_it_once(tmp_path: Path) -> None:
    """N30: a note merged from two items of the same document listed it twice in its source line ('regex · regex');
    the document is named once."""
    page = "# Regex\n\n## What does `\\s` match?\n\nWhitespace.\n\n## What does `\\s` match?\n\nA space, tab or newline.\n"
    result = build(deck_of(tmp_path, {"regex.md": page}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    merged = [n for n in result.compiled.deck.notes if n.fields.get("Also")]
    assert len(merged) == 1
    assert merged[0].fields["Sources"] == "Regex"


def test_pandoc_subscripts_and_superscripts(tmp_path: Path) -> None:
    """P37: pandoc's and Typora's `H~2~O` and `13^th^` showed raw on the cards; they are <sub> / <sup>, and
    `~/home/` and `2^10` stay as written; `~~struck~~` is struck through, as GitHub and Obsidian show it (the lead)."""
    page = "## What is water?\n\nH~2~O, not ~~H2O2~~; see ~/notes/ and 2^10.\n\n## Which amendment?\n\nThe 13^th^.\n"
    result = build(deck_of(tmp_path, {"chem.md": page}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    backs = [i.answer[0].text for i in result.compiled.items]
    assert backs == ["<p>H<sub>2</sub>O, not <s>H2O2</s>; see ~/notes/ and 2^10.</p>", "<p>The 13<sup>th</sup>.</p>"]


def test_a_marker_in_words_after_an_option_is_the_key(tmp_path: Path) -> None:
    """N35: '*[CORRECT]', '*correct', '<-- correct', '**(correct)**' after an option (quiz apps' and LLM prompts'
    markers) were not read: basic cards. The marked option is the key, the marker gone; '*incorrect' marks a wrong
    one; '(right)' as an option's own words is no marker."""
    items, _ = _build(tmp_path, "said-marks.md")
    assert [(i.correct, [c.text for c in i.choices]) for i in items] == [
        ("B", ["Right atrium", "Left ventricle", "Right ventricle"]),
        ("B", ["Mitral", "Aortic", "Tricuspid"]),
        ("A", ["Left atrium", "Right atrium", "Vena cava"]),
        ("C", ["Turn (left)", "Turn (right)", "Up"]),
    ]


def test_an_answer_line_in_another_language_with_text_after_its_letter() -> None:
    """learner3 N6 (Vietnamese): '**Đáp án:** A. **Giải thích:** …' was no key (the English '**Answer:** A.
    **Explanation:** …' was); any language's answer word keys the options, and the explanation's label goes."""
    found = find_choices(["A. Add a slot.", "B. Rename it.", "", "**Đáp án:** A. **Giải thích:** Assign links the slot."])
    assert found is not None and found.correct == "A"
    assert "\n".join(found.explanation).strip() == "Assign links the slot."
    found = find_choices(["a) Paris", "b) Rome", "", "**Antwort:** b. **Erklärung:** Rom ist die Hauptstadt."])
    assert found is not None and found.correct == "B" and "\n".join(found.explanation).strip() == "Rom ist die Hauptstadt."


def test_a_true_false_worksheet_keyed_on_one_line(tmp_path: Path) -> None:
    """learner3 N1: numbered statements and '**Answers:** 1. T 2. F 3. True': statements 1-2 had no answer and the
    last got the key line. Each statement is a true/false card answered by the key."""
    items, _ = _build(tmp_path, "tf-key.md")
    assert [(i.question, i.answer_plain()) for i in items] == [
        ("True or false: Water boils at 100 °C at sea level.", "True"),
        ("True or false: Sound travels faster than light.", "False"),
        ("True or false: Ice is less dense than liquid water.", "True"),
    ]


def test_either_option_is_right_and_a_run_split_over_two_lines() -> None:
    """trial10 P30 (left by readers2): 'Correct Answer: A or B' marks both (either is right), not A with 'or B' as
    the explanation; options run together over two lines ('A. … B. … C. …' / 'D. …') are four options."""
    found = find_choices(["A. GRUB2", "B. LILO", "C. GRUB", "", "Correct Answer: A or B"])
    assert found is not None and found.correct == "A,B" and not "".join(found.explanation).strip()
    found = find_choices(["A. Runlevel 3 B. Runlevel 4 C. Runlevel 5", "D. Runlevel 6", "Correct Answer: C"])
    assert found is not None and found.correct == "C" and [t for _, t in found.options][-1] == "Runlevel 6"


def test_gitbook_quiz_stems_without_a_question_mark(tmp_path: Path) -> None:
    """P6 re-check: a `<question multiple>` whose stem ends with ':' ('Two types of data structures found in
    JavaScript are:') was a basic card with ☑/☐; every quiz question is asked, '?' or not (15 of 15)."""
    items, _ = _build(tmp_path, "gitbook-quiz-2.md")
    quiz = [i for i in items if i.kind.value == "multiple_choice"]
    assert len(quiz) == 15
    structures = next(i for i in quiz if i.question.startswith("Two types of data structures"))
    assert structures.correct == "A,B" and [c.text for c in structures.choices] == ["Array", "Object", "Collection", "Box"]
