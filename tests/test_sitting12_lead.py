"""Messages about unlisted files name what the file is (twelfth sitting, lead)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import deck_of

from compiler.cli import main

_GIFT = """::Q1:: What is 2 + 2? {=4 ~3 ~5}

::Q2:: The sky is blue. {T}
"""

_CSV = "Vorgang;Meaning\nAbläufe;procedures\nRésumé;summary\nZeitraum;period\n"


def _deck(tmp_path: Path) -> Path:
    """An empty deck folder: deck.toml and an empty sources/."""
    return deck_of(tmp_path, {})


def test_an_unlisted_gift_quiz_is_named_as_converted(tmp_path: Path) -> None:
    """trial12 U77: 'read as layout markdown' alone, for a GIFT quiz, reads as deckc's mistake."""
    content = _deck(tmp_path)
    (content / "sources" / "quiz.gift").write_text(_GIFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "quiz.gift" in x and "not listed" in x)
    assert "a GIFT quiz, converted to Markdown first" in line
    assert 'layout = "markdown"' in result.output  # the table still reads it the same way when pasted


def test_a_detected_layout_is_not_called_a_seed_layout(tmp_path: Path) -> None:
    """trial12 U74: 'it looks like the seed layout' means nothing to a user."""
    content = _deck(tmp_path)
    (content / "sources" / "words.csv").write_text(_CSV, encoding="utf-8")
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "words"\nfile = "sources/words.csv"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert "seed layout" not in result.output
    assert "layout detected as 'delimited' (its text fits the layout 'delimited' best" in result.output


_ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240222T120000Z" application="Evernote" version="10.68.2">
  <note>
    <title>What is the function of the mitochondria?</title>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>It produces ATP.</div><div><b>Remember:</b> the powerhouse of the cell.</div></en-note>]]></content>
    <tag>biology</tag>
    <tag>cell biology</tag>
  </note>
  <note>
    <title>Osmosis &amp; diffusion</title>
    <content><![CDATA[<en-note><div>Water moves across a semi-permeable membrane.</div>
<div><en-media type="image/png" hash="0a1b2c"/></div></en-note>]]></content>
    <resource><data encoding="base64">iVBORw0KGgo=</data><mime>image/png</mime></resource>
  </note>
</en-export>
"""


def test_an_evernote_export_is_one_card_per_note(tmp_path: Path) -> None:
    """trial12 U31: a notebook exported from Evernote (.enex) was 'not read'; each note is a card now, its title
    the front, its content the back, its tags the note's, at the line of its title."""
    import json

    content = _deck(tmp_path)
    (content / "sources" / "Biology.enex").write_text(_ENEX, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "an Evernote export, each note a card" in result.output
    assert 'headings = "cards"' in result.output
    assert "1 picture or attached file in the Evernote notes left out" in result.output
    manifest = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    assert set(notes) == {"What is the function of the mitochondria?", "Osmosis &amp; diffusion"}
    first = notes["What is the function of the mitochondria?"]
    assert "It produces ATP." in first["fields"]["Answer"] and "powerhouse" in first["fields"]["Answer"]
    assert "Tags" not in first["fields"]["Answer"]
    assert {"biology", "cell-biology"} <= set(first["tags"])
    assert first["items"][0]["line"] == 5
    assert notes["Osmosis &amp; diffusion"]["items"][0]["line"] == 11
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 2


def test_an_enex_file_holding_no_note_is_named(tmp_path: Path) -> None:
    content = _deck(tmp_path)
    (content / "sources" / "empty.enex").write_text("<en-export></en-export>\n", encoding="utf-8")
    (content / "sources" / "notes.md").write_text("## What is 2 + 2?\n\nFour.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "empty.enex" in result.output and "not an Evernote export" in result.output


def _task(folder: Path, task: str, solution: str, names: tuple[str, str] = ("task.md", "solution.md")) -> None:
    folder.mkdir(parents=True)
    (folder / names[0]).write_text(task, encoding="utf-8")
    (folder / names[1]).write_text(solution, encoding="utf-8")


def test_a_task_and_its_solution_side_by_side_are_one_card(tmp_path: Path) -> None:
    """learner5 L27: task.md + solution.md in a folder (the Modern JavaScript Tutorial, exercise repos) were two
    wrong cards: the task taught as its own answer, the solution asking 'solution'. One card now, and the table
    printed for them (one glob for all task folders) reads them the same way when pasted."""
    import json

    content = _deck(tmp_path)
    chapter = content / "sources" / "04-variables"
    _task(
        chapter / "3-uppercase-constant",
        "importance: 4\n\n---\n\n# Uppercase const?\n\nExamine the following code:\n\n```js\nconst birthday = '18.04.1982';\n```\n\n"
        "Would it be right to use upper case for `birthday`?\n",
        "Yes: `birthday` is known before the code runs, a hard-coded constant.\n",
    )
    _task(chapter / "1-hello-variables", "# Working with variables\n\n1. Declare `admin` and `name`.\n2. Copy `name` to `admin`.\n", "```js\nlet admin, name;\nadmin = name;\n```\n")
    _task(content / "sources" / "exercises" / "two-sum", "Return the indices of two numbers adding up to a target.\n", "Keep a map of seen values.\n", ("README.md", "SOLUTION.md"))
    (content / "sources" / "lonely").mkdir()
    (content / "sources" / "lonely" / "task.md").write_text("## What is a closure?\n\nA function with its scope.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert 'file = "sources/**/task.md"' in result.output and 'layout = "task"' in result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"]["Question"].split("<", 1)[0]: n for n in manifest["notes"]}
    assert set(notes) == {"Uppercase const?", "Working with variables", "two sum", "What is a closure?"}
    const = notes["Uppercase const?"]
    assert "Examine the following code" in const["fields"]["Question"] and "birthday" in const["fields"]["Question"]
    assert "hard-coded constant" in const["fields"]["Answer"] and "Examine" not in const["fields"]["Answer"]
    assert const["items"][0]["file"].endswith("3-uppercase-constant/task.md") and const["items"][0]["line"] == 5
    assert "admin" in notes["Working with variables"]["fields"]["Answer"] and "<pre" in notes["Working with variables"]["fields"]["Answer"]
    assert "Keep a map" in notes["two sum"]["fields"]["Answer"] and "Return the indices" in notes["two sum"]["fields"]["Question"]
    assert notes["What is a closure?"]["fields"]["Answer"] == "<p>A function with its scope.</p>"  # no solution beside it: read as any page
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 4
    assert not [n for n in manifest["notes"] if n["fields"]["Question"].lower().startswith("solution")]
    # the printed table, pasted, reads the tasks the same way: no note changes, no warning about them
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "tasks"\nfile = "sources/**/task.md"\nlayout = "task"\n', encoding="utf-8")
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "0 new, 0 updated" in again.output
    # a changed solution changes the note (the task's file is unchanged: the pair is one input)
    (chapter / "3-uppercase-constant" / "solution.md").write_text("No: only values known before the run.\n", encoding="utf-8")
    third = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert "1 updated" in third.output, third.output


_QUIZ = [
    ("Which planet is closest to the Sun?", ["Mercury", "Venus", "Earth", "Mars"], ""),
    ("Which gas do plants take in?", ["Carbon dioxide", "Oxygen", "Nitrogen", "Helium"], ""),
    ("What is H2O?", ["Water", "Salt", "Sugar", "Iron"], ""),
    ("Which is a prime number?", ["7", "8", "9", "10"], ""),
    ("Which are mammals?", ["All of the above", "Whales", "Bats", "Dogs"], ""),
    ("Which metal is liquid at room temperature?", ["Mercury", "Iron", "Gold", "Lead"], "Option B is wrong: iron melts at 1538 °C."),
]


def _quiz(keys: str = "AAAAAA") -> str:
    parts = ["# Science quiz", ""]
    for n, ((stem, options, why), key) in enumerate(zip(_QUIZ, keys, strict=True), 1):
        parts += [f"### {n}", "", stem, ""] + [f"- {'ABCD'[k]}. {o}" for k, o in enumerate(options)] + ["", f"**Answer:** {key}", ""]
        if why:
            parts += [why, ""]
    return "\n".join(parts)


def _mc(manifest: dict) -> dict[str, tuple[list[str], str]]:
    """question -> (options in card order, the right option's text), from the cards' Options field."""
    import re

    out = {}
    for note in manifest["notes"]:
        options = re.findall(r'<li( class="correct")?><span class="label">[A-D]\)</span> (.*?)</li>', note["fields"]["Options"])
        out[note["fields"]["Question"]] = ([text for _, text in options], next(text for mark, text in options if mark))
    return out


def test_a_bank_keyed_all_to_one_letter_is_shuffled(tmp_path: Path) -> None:
    """lead G2: a generated bank puts every right answer at A ('the importer shuffles'); studied as written, a
    learner learns 'A'. The options are shuffled, the same every build, the right answer still the right text;
    a question whose order means something keeps it; shuffle = false keeps the document's order."""
    import json

    content = _deck(tmp_path)
    (content / "sources" / "quiz.md").write_text(_quiz(), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "every one of its 6 multiple-choice questions has its right answer at 'A'" in result.output
    assert "2 left in order" in result.output and "shuffle = false" in result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    cards = _mc(manifest)
    assert len(cards) == 6
    for stem, options, _ in _QUIZ:
        shown, right = cards[stem]
        assert sorted(shown) == sorted(options) and right == options[0]  # the right answer is still the right text
    assert cards["Which are mammals?"][0] == _QUIZ[4][1]  # 'All of the above' keeps its place
    assert cards["Which metal is liquid at room temperature?"][0] == _QUIZ[5][1]  # its explanation names 'Option B'
    moved = [stem for stem, options, _ in _QUIZ[:4] if cards[stem][0] != options]
    assert moved and any(cards[stem][0][0] != options[0] for stem, options, _ in _QUIZ[:4])  # not every answer at A
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert "0 new, 0 updated" in again.output  # the same order every build
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "quiz"\nfile = "sources/quiz.md"\nshuffle = false\n', encoding="utf-8")
    kept = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert kept.exit_code == 0 and "shuffled" not in kept.output, kept.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert all(_mc(manifest)[stem][0] == options for stem, options, _ in _QUIZ)


def test_a_bank_with_keys_of_several_letters_keeps_its_order_unless_asked(tmp_path: Path) -> None:
    import json

    content = _deck(tmp_path)
    (content / "sources" / "quiz.md").write_text(_quiz("AAAAAA").replace("**Answer:** A\n\n### 2", "**Answer:** B\n\n### 2", 1).replace("- A. Mercury\n- B. Venus", "- A. Venus\n- B. Mercury"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0 and "shuffled" not in result.output, result.output
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "quiz"\nfile = "sources/quiz.md"\nshuffle = true\n', encoding="utf-8")
    forced = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert forced.exit_code == 0 and "shuffled" not in forced.output, forced.output  # asked for: no warning
    cards = _mc(json.loads(next(out.glob("*.json")).read_text(encoding="utf-8")))
    assert cards["Which planet is closest to the Sun?"][1] == "Mercury"
    assert any(cards[stem][0] != options for stem, options, _ in _QUIZ[1:4])


_LINKED = """# Docker questions

## Q1: Can you remove a paused container?

No, it must be stopped first.

## Q2: What is the default CPU limit of a container?

See 👉 **[Answer](https://www.fullstack.cafe/Docker)**

## Q3: Where is the official Python documentation?

[Python docs](https://docs.python.org/3/)

## Q4: What does ENTRYPOINT do?

Read the full answer [here](https://example.com/entrypoint).

## Q5: Which site hosts the Rust crates?

https://crates.io
"""


def test_an_answer_that_is_only_a_link_elsewhere_makes_no_card(tmp_path: Path) -> None:
    """trial13 T13-10: banks that answer their first questions and link the rest to a paid site ('See 👉 Answer')
    taught 'See 👉 Answer' on 34 cards. Such an answer is a placeholder: skipped with a reason, one grouped warning;
    a link whose words are the answer, or a URL written out, is an answer."""
    import json

    content = _deck(tmp_path)
    (content / "sources" / "docker.md").write_text(_LINKED, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "the answer is only a link elsewhere" in result.output and "[2 times" in result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    fronts = {n["fields"]["Question"] for n in manifest["notes"]}
    assert fronts == {
        "Q1: Can you remove a paused container?",
        "Q3: Where is the official Python documentation?",
        "Q5: Which site hosts the Rust crates?",
    } or fronts == {"Can you remove a paused container?", "Where is the official Python documentation?", "Which site hosts the Rust crates?"}
    assert sorted(s["line"] for s in manifest["skipped"]) == [7, 15]
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 5


_D2L = """//MULTIPLE CHOICE QUESTION TYPE,,,,
NewQuestion,MC,,,
Title,Villanova Motto Translation,,,
QuestionText,"Villanova's motto ""Veritas, Unitas, Caritas"" translates to:",,,
Points,1,,,
Option,0,"Faith, Hope, Love",,
Option,100,"Truth, Unity, Love",,Right: veritas is truth.
Option,0,"Peace, Justice, Mercy",,
,,,,
NewQuestion,TF,,,
QuestionText,Water boils at 100 °C at sea level.,,,
TRUE,100,Yes.,,
FALSE,0,No.,,
NewQuestion,SA,,,
QuestionText,What is the chemical symbol of gold?,,,
Answer,100,Au,,
Answer,0,Ag,,
Feedback,From the Latin aurum.,,,
NewQuestion,M,,,
QuestionText,Match the capital to its country.,,,
Choice,1,Paris,,
Choice,2,Rome,,
Match,1,France,,
Match,2,Italy,,
NewQuestion,O,,,
QuestionText,Order the planets from the Sun.,,,
Item,Mercury,,,
Item,Venus,,,
Item,Earth,,,
NewQuestion,WR,,,
QuestionText,Explain photosynthesis.,,,
"""


def test_a_d2l_brightspace_question_csv_is_one_note_per_question(tmp_path: Path) -> None:
    """trial13 T13-11: a Brightspace question-import CSV (one row per field) was read as a word list: 9 junk cards
    for one question ('NewQuestion' -> 'MC', 'Option' -> '0'). Each NewQuestion block is one question now."""
    import json

    content = _deck(tmp_path)
    (content / "sources" / "bank.csv").write_text(_D2L, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "a D2L Brightspace question CSV, converted to Markdown first" in result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    motto = notes["Villanova's motto \"Veritas, Unitas, Caritas\" translates to:"]
    assert motto["kind"] == "multiple_choice" and motto["fields"]["Correct"] == "B) Truth, Unity, Love"
    assert "veritas is truth" in motto["fields"]["Explanation"] and motto["items"][0]["line"] == 4
    water = notes["Water boils at 100 °C at sea level."]
    assert water["kind"] == "multiple_choice" and water["fields"]["Correct"] == "A) True"
    gold = notes["What is the chemical symbol of gold?"]["fields"]["Answer"]
    assert gold.startswith("<p>Au</p>") and "aurum" in gold and "Ag" not in gold  # a 0-weight answer is not accepted
    assert "France" in notes["Match the capital to its country."]["fields"]["Answer"]
    assert "Mercury" in notes["Order the planets from the Sun."]["fields"]["Answer"]
    assert [s["line"] for s in manifest["skipped"]] == [31]  # the written response with no AnswerKey: no card, accounted
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 6
    table = '[[source]]\nid = "bank"\nfile = "sources/bank.csv"\nlayout = "markdown"\n'
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n" + table, encoding="utf-8")
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0 and "0 new, 0 updated" in again.output, again.output


def test_formulas_between_chinese_words_open_after_a_cjk_character() -> None:
    """trial13 T13-15: '函数$f(x)$在$x=0$处' was typeset as ONE broken formula (a CJK character before '$' was taken
    for a word character, so '$在$' became the pair); every '$…$' is a formula of its own now, and Vue's '$on、$emit'
    sigils (trial12 U8) are still text."""
    from compiler.sources.markdown_blocks import dollar_sigils

    assert dollar_sigils("函数$f(x)$在$x=0$处无定义") == "函数$f(x)$在$x=0$处无定义"  # two pairs, both kept as maths
    assert dollar_sigils("令$y=x^{\\frac{1}{x}}$，则$y=1$.") == "令$y=x^{\\frac{1}{x}}$，则$y=1$."
    assert dollar_sigils("子->父 $on、$emit") == "子->父 \\$on、\\$emit"
    assert dollar_sigils("Vue 自带的$on/$emit/$off等方法") .startswith("Vue 自带的\\$on/\\$emit")
    assert dollar_sigils("It costs US$5 and US$10.") == "It costs US$5 and US$10."


_BOXES = '''## Practice

??? question "1. Machine Zero vs. Work Zero"

    What's the difference between machine zero and work zero?

    ??? tip "Solution"
        Machine zero is fixed to the frame; work zero is set on the stock.

??? question "2. Why Home Every Time?"

    The machine was used yesterday. Why does it need homing again today?

    ??? tip "Solution"
        Steppers lose their position when the power is cut.

## Interview Questions

??? question "3. Design an API deprecation strategy for 50 consumer teams."
    Announce a sunset date, log who still calls v1, then return 410 Gone.

??? question "4. What is idempotency?"
    The same request twice has the effect of once.
'''


def test_mkdocs_question_boxes_are_one_card_each(tmp_path: Path) -> None:
    """trial13 T13-6: '??? question "Title"' boxes holding the question's text and a nested '??? tip "Solution"' were
    glued into ONE note (two answers on its front), and a question box whose title does not end in '?' was text
    outside any question. Each box is a card now: its title and text the front, its own solution the back."""
    import json

    content = _deck(tmp_path)
    (content / "sources" / "practice.md").write_text(_BOXES, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "text outside any question" not in result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    cards = {n["items"][0]["line"]: (n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]}
    assert sorted(cards) == [5, 12, 19, 22]
    assert cards[5][0].startswith("Machine Zero vs. Work Zero: What's the difference") and "fixed to the frame" in cards[5][1]
    assert "Why does it need homing again today?" in cards[12][0] and "Steppers" in cards[12][1] and "yesterday" not in cards[12][1]
    assert cards[19][0].startswith("Design an API deprecation strategy") and "410 Gone" in cards[19][1]
    assert cards[22][0] == "What is idempotency?" and "effect of once" in cards[22][1]
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 4


def test_questions_in_quotation_marks_are_questions(tmp_path: Path) -> None:
    """trial13 T13-13: interviewer-voice pages quote the question ('### "Why do you want to work here?"',
    '- "What is a pod?"' over '**Ans:** …'); the quoted page read as nothing. The marks are taken off such lines; a
    list of quotations in an answer keeps them."""
    import json

    from compiler.sources.quoted import unquote_questions

    assert unquote_questions(['### "Why here?"', "", "Because."]) == ["### Why here?", "", "Because."]
    assert unquote_questions(["- “What is a pod?”", "  **Ans:** A unit."])[0] == "- What is a pod?"
    assert unquote_questions(['- "Walk me through it."', "  **Ans:** Sure."])[0] == "- Walk me through it."
    kept = ["## Famous lines", "", '- "To be or not to be."', '- "I think, therefore I am."']
    assert unquote_questions(kept) is kept  # quotations, not questions
    assert unquote_questions(['"A quoted paragraph?"']) == ['"A quoted paragraph?"']
    content = _deck(tmp_path)
    (content / "sources" / "behavioral.md").write_text(
        '# Behavioral\n\n### "Why do you want to work here?"\n\nYour mission matches mine.\n\n'
        '### "What is your greatest weakness?"\n\nI over-prepare.\n',
        encoding="utf-8",
    )
    (content / "sources" / "kubernetes.md").write_text(
        '## Kubernetes\n\n- "What is a pod?"\n  **Ans:** The smallest deployable unit.\n- "What is a deployment?"\n'
        "  **Ans:** A controller keeping identical pods running.\n- \"Walk me through a rolling update.\"\n"
        "  **Ans:** New pods come up before old ones go down.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert {n["fields"]["Question"] for n in manifest["notes"]} == {
        "Why do you want to work here?",
        "What is your greatest weakness?",
        "What is a pod?",
        "What is a deployment?",
        "Walk me through a rolling update.",
    }
    assert manifest["summary"]["items_read"] == manifest["summary"]["items_accounted"] == 5


def test_a_bank_with_keys_of_its_own_is_read_with_source_bank(tmp_path: Path) -> None:
    """The brief's knob for data banks (formats2's b431355 on the converter's side): a bank whose keys deckc does
    not know ('stem_text', 'gabarito') was 'not a question bank'; [source.bank] names them by role."""
    import json

    bank = {
        "items": [
            {"stem_text": "Which planet is closest to the Sun?", "alternativas": ["Venus", "Mercury", "Mars"], "gabarito": "Mercury", "porque": "0.39 AU."},
            {"stem_text": "What is the chemical symbol of gold?", "gabarito": "Au"},
        ]
    }
    table = '[[source]]\nid = "bank"\nfile = "sources/bank.json"\n'
    content = deck_of(tmp_path, {"bank.json": json.dumps(bank, indent=1)}, table=table)
    out = tmp_path / "out"
    failed = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert failed.exit_code == 1 and "[source.bank]" in failed.output, failed.output
    toml = content / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[source.bank]\nquestion = "stem_text"\noptions = ["alternativas"]\nanswer = "gabarito"\nexplanation = "porque"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    notes = {n["fields"]["Question"]: n for n in json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]}
    planet = notes["Which planet is closest to the Sun?"]
    assert planet["kind"] == "multiple_choice" and planet["fields"]["Correct"] == "B) Mercury" and "0.39 AU" in planet["fields"]["Explanation"]
    assert "Au" in notes["What is the chemical symbol of gold?"]["fields"]["Answer"]
    toml.write_text(toml.read_text(encoding="utf-8").replace('question = "stem_text"', 'questoin = "stem_text"'), encoding="utf-8")
    typo = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert typo.exit_code == 1 and "deck.toml" in typo.output and "Traceback" not in typo.output


def test_a_key_after_each_chapter_answers_the_chapter_above_it(tmp_path: Path) -> None:
    """Regression of 1a604d8 (found by the lead's re-build of every repro; trial12 U42's review book): questions
    numbered from 1 in each chapter, each chapter followed by its own '# Answers and Explanations' key. The rule that
    refuses a key numbered once for parts numbered again refused the last chapter's own key too (2 right cards -> 0);
    a key whose numbers are those of the part right above it answers that part."""
    import json

    text = (
        "# Dermatology\n\n1. In which disease is the Koebner phenomenon typical?\n\n(A) psoriasis\n(B) acne vulgaris\n(C) rosacea\n\n"
        "2. Which lesion presents as blue-violet plaques in an HIV-positive man?\n\n(A) melanoma\n(B) basal cell carcinoma\n"
        "(C) Kaposi sarcoma\n\n# Answers and Explanations\n\n1. (A) The Koebner phenomenon is typical of psoriasis.\n"
        "2. (C) Kaposi sarcoma presents as blue-violet plaques.\n"
    )
    earlier = "# Cardiology\n\n1. Which rhythm drops a beat after a lengthening PR?\n\n(A) first-degree block\n(B) Wenckebach\n(C) Mobitz II\n\n"
    content = deck_of(tmp_path, {"review.md": earlier + text})
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    notes = {n["fields"]["Question"]: n["fields"]["Correct"] for n in json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]}
    assert notes["In which disease is the Koebner phenomenon typical?"] == "A) psoriasis"
    assert notes["Which lesion presents as blue-violet plaques in an HIV-positive man?"] == "C) Kaposi sarcoma"
    assert not any("Wenckebach" in c for c in notes.values())  # the Cardiology question is not given Dermatology's key
