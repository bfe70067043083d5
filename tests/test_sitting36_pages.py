"""Thirty-sixth sitting, pages: prose pages and notes (trials 34 and 35): questions asked in passing in lecture notes,
questions answered in footnotes, placeholder answers with a links list, an index of questions linking to answer files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from compiler.build import build
from compiler.sources.lines import checked_in_passing

TRIALS = Path(__file__).parent / "data" / "trials"
QUICK_CHECKS = TRIALS / "trial35" / "t35-4-lecture-quick-checks"
FOOTNOTES = TRIALS / "trial34" / "t34-13-footnote-answers-crash"


def _build(tmp_path: Path, files: dict[str, str | Path]) -> tuple[object, dict]:
    """A fresh deck folder holding ``files`` (name -> text, or a file or folder to copy), built to its manifest."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    for name, what in files.items():
        target = tmp_path / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(what, Path):
            (shutil.copytree if what.is_dir() else shutil.copy)(what, target)
        else:
            target.write_text(what, encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    return result, json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))


def _cards(manifest: dict) -> list[tuple[str, str]]:
    return [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]]


def _said(result: object, file: str) -> list[tuple[int | None, str]]:
    return [(w.line, w.message) for w in result.summary.warnings if w.file == file]  # type: ignore[attr-defined]


# --- T35-4: a question asked in passing in lecture notes, answered in brackets -------------------------------------


def test_quick_checks_in_lecture_notes_are_cards_of_their_own_and_off_the_heading_cards(tmp_path: Path) -> None:
    """Each '> **Quick check:** What …? *(Answer: …)*' was printed, answer and all, at the end of its heading's card
    and no card asked it (T35-4). Now a card each, its answer alone on the back; the heading's card keeps its prose."""
    result, manifest = _build(tmp_path, {"lecture-07-enzymes.md": QUICK_CHECKS / "lecture-07-enzymes.md"})
    cards = dict(_cards(manifest))
    assert cards["What do enzymes lower to speed up a reaction?"] == "<p>the activation energy</p>"
    assert cards["Which model says the active site changes shape when the substrate binds?"] == "<p>the induced-fit model</p>"
    assert cards["Where does a non-competitive inhibitor bind?"] == "<p>an allosteric site, not the active site</p>"
    # ('Pause and think: why …? (…)': a check label with its answer in brackets, no answer label)
    assert cards["Why does a fever above 41 °C become dangerous?"] == "<p>Proteins, including enzymes, start to denature.</p>"
    assert "Quick check" not in cards["7.1 What enzymes do"] and "activation energy, and are not used up" in cards["7.1 What enzymes do"]
    assert "induced-fit model" not in cards["7.2 The active site"].split("The induced-fit model says")[1]
    assert "Pause and think" not in cards["7.3 Factors affecting rate"] and "Quick check" not in cards["Inhibitors"]
    assert len(cards) == 9
    # the check's card is filed under its heading, and stands at its own line
    note = next(n for n in manifest["notes"] if n["fields"]["Question"].startswith("What do enzymes lower"))
    assert note["items"][0]["line"] == 8
    assert note["fields"]["Section"].endswith("7.1 What enzymes do")
    (said,) = [m for _, m in _said(result, "sources/lecture-07-enzymes.md") if "not listed in deck.toml" in m]
    assert "and the 4 questions its text asks in passing (answered in brackets) a card each" in said


def test_a_plain_quick_check_paragraph_is_its_card_too(tmp_path: Path) -> None:
    _, manifest = _build(tmp_path, {"lecture-inline-plain.md": QUICK_CHECKS / "lecture-inline-plain.md"})
    assert _cards(manifest) == [
        ("7.1 What enzymes do", "<p>Enzymes are biological catalysts: they speed up reactions by lowering the activation energy.</p>"),
        ("What do enzymes lower to speed up a reaction?", "<p>the activation energy</p>"),
        ("7.2 The active site", "<p>The substrate binds to the active site.</p>"),
        ("Which model says the active site changes shape when the substrate binds?", "<p>the induced-fit model</p>"),
    ]


def test_quick_checks_in_other_languages_and_labels(tmp_path: Path) -> None:
    text = (
        "# Enzyme\n\n## Wirkung\n\nEnzyme senken die Aktivierungsenergie.\n\n"
        "**Selbsttest:** Was senken Enzyme? *(Antwort: die Aktivierungsenergie)*\n\n"
        "## Активный центр\n\nСубстрат связывается с активным центром.\n\n"
        "> **Самопроверка:** Где связывается субстрат? (Ответ: в активном центре)\n\n"
        "## 温度\n\n温度过高会使酶变性。\n\n自测：温度过高会怎样？（答案：酶变性）\n\n"
        "## Check\n\nA paragraph of text.\n\n*Check your understanding 2*: what does ATP (adenosine triphosphate) store? (energy (chemical))\n"
    )
    _, manifest = _build(tmp_path, {"enzyme.md": text})
    cards = dict(_cards(manifest))
    assert cards["Was senken Enzyme?"] == "<p>die Aktivierungsenergie</p>"
    assert cards["Где связывается субстрат?"] == "<p>в активном центре</p>"
    assert cards["温度过高会怎样？"] == "<p>酶变性</p>"
    assert cards["What does ATP (adenosine triphosphate) store?"] == "<p>energy (chemical)</p>"
    assert cards["Wirkung"] == "<p>Enzyme senken die Aktivierungsenergie.</p>"
    assert cards["Check"] == "<p>A paragraph of text.</p>"


def test_a_question_in_passing_needs_a_check_label_or_an_answer_label() -> None:
    assert checked_in_passing("What is X? (Answer: Y)") == ("What is X?", "Y")
    assert checked_in_passing("Quick check: What is X? (Y)") == ("What is X?", "Y")
    for text in (
        "What is X? (see chapter 2)",  # a remark, no answer
        "Why does this matter? (Answer is below.)",  # (no label: 'Answer is …')
        "Quick check: What is X? (2 marks)",  # how it is marked
        "Quick check: What is X? (hint: think of Y)",
        "Quick check: name the enzyme. (Answer: amylase)",  # asks nothing
        "Enzymes speed up reactions (Answer: yes)",
    ):
        assert checked_in_passing(text) is None, text


def test_a_question_heading_keeps_its_answer_and_the_check_under_it_is_a_card(tmp_path: Path) -> None:
    text = (
        "# Biology\n\n## What is an enzyme?\n\nA biological catalyst.\n\n"
        "> **Quick check:** What do enzymes lower? *(Answer: the activation energy)*\n\n"
        "## What is the active site?\n\nWhere the substrate binds.\n"
    )
    _, manifest = _build(tmp_path, {"bio.md": text})
    assert _cards(manifest) == [
        ("What is an enzyme?", "<p>A biological catalyst.</p>"),
        ("What do enzymes lower?", "<p>the activation energy</p>"),
        ("What is the active site?", "<p>Where the substrate binds.</p>"),
    ]


# --- T34-13: bulleted questions answered in their footnotes -------------------------------------------------------------


def test_bulleted_questions_answered_in_footnotes_are_a_card_each(tmp_path: Path) -> None:
    """'# Quiz' / '- What is …?[^1]' / '- Which …?[^2]' / '[^1]: …': one card 'Quiz' whose back was the list and the notes
    (T34-13's open part). Now each question is a card with its note as the back, at the question's line."""
    result, manifest = _build(tmp_path, {"two.md": FOOTNOTES / "footnotes-two-bullets.md"})
    assert _cards(manifest) == [
        ("What is the most common cause of mitral stenosis?", "<p>Rheumatic heart disease.</p>"),
        ("Which murmur is heard in aortic stenosis?", "<p>Ejection systolic.</p>"),
    ]
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [3, 4]
    assert not [m for _, m in _said(result, "sources/two.md") if "not listed" not in m]


def test_untitled_bulleted_footnote_questions_with_named_notes(tmp_path: Path) -> None:
    """The same list with no title over it, its notes named by words: it was read as one note of the whole page."""
    text = (
        "* What is the normal pH of blood?[^ph]\n* What is the normal serum sodium?[^na]\n"
        "* What is the normal serum potassium?[^k]\n\n"
        "[^ph]: 7.35 to 7.45\n[^na]: 135 to 145 mmol/L\n[^k]: 3.5 to 5.0 mmol/L\n"
    )
    _, manifest = _build(tmp_path, {"labs.md": text})
    assert _cards(manifest) == [
        ("What is the normal pH of blood?", "<p>7.35 to 7.45</p>"),
        ("What is the normal serum sodium?", "<p>135 to 145 mmol/L</p>"),
        ("What is the normal serum potassium?", "<p>3.5 to 5.0 mmol/L</p>"),
    ]
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [1, 2, 3]


def test_bulleted_questions_citing_one_note_are_read_as_before(tmp_path: Path) -> None:
    """One note cited by both questions (a source, 'Smith 2020.') answers neither: the list stays its heading's text."""
    text = "# Open questions\n\n- Does sleep consolidate memory?[^1]\n- Does exercise help recall?[^1]\n\n[^1]: Smith 2020.\n"
    _, manifest = _build(tmp_path, {"open.md": text})
    ((front, back),) = _cards(manifest)
    assert front == "Open questions"
    assert "<li>Does sleep consolidate memory?<sup>1</sup></li>" in back and "<li>Smith 2020.</li>" in back


# --- T35-1: a placeholder answer with a list of links after it ---------------------------------------------------------

PLACEHOLDERS = TRIALS / "trial35" / "t35-1-details-placeholder-links" / "details-placeholder-with-links.md"


def test_a_placeholder_with_useful_resources_is_a_placeholder_and_the_links_alone_a_link_elsewhere(tmp_path: Path) -> None:
    """'To be completed.' / 'Useful resources:' / '- [Linux Processes](…)' in a toggle was a card teaching nothing
    (T35-1). Now: the placeholder warning, no card; 'Useful resources:' and links alone: 'only a link elsewhere'."""
    result, manifest = _build(tmp_path, {"sysadmin.md": PLACEHOLDERS})
    assert [front for front, _ in _cards(manifest)] == ["How do you get help on the command line?"]
    assert [(s["line"], s["skipped"]) for s in manifest["skipped"]] == [(6, "placeholder"), (17, "placeholder"), (30, "answer is only a link")]
    said = dict(_said(result, "sources/sysadmin.md"))
    assert said[6].startswith("placeholder answer 'To be completed.' (read as 'Answer here', 'TODO', 'TBD' …); no card")
    assert said[30].startswith("the answer is only a link elsewhere ('Useful resources:")


def test_resources_after_a_real_answer_stay_and_other_labels_and_languages(tmp_path: Path) -> None:
    text = (
        "# Questions\n\n## What is a zombie process?\n\nTODO\n\n**Useful resources:**\n\n- [Zombie processes](https://example.org/z)\n\n"
        "## Что такое inode?\n\nWIP\n\nПолезные ссылки:\n\n* [Inodes](https://example.org/inode) - a long read\n\n"
        "## What does chmod do?\n\nIt changes a file's mode bits.\n\nSee also:\n\n- [chmod(1)](https://example.org/chmod)\n"
    )
    _, manifest = _build(tmp_path, {"q.md": text})
    ((front, back),) = _cards(manifest)
    assert front == "What does chmod do?"
    assert back.startswith("<p>It changes a file's mode bits.</p><p>See also:</p><ul>") and "chmod(1)</a>" in back
    assert [(s["line"], s["skipped"]) for s in manifest["skipped"]] == [(3, "placeholder"), (11, "placeholder")]


def test_a_summarys_inline_code_is_code_on_the_front(tmp_path: Path) -> None:
    """'<summary><b>Explain <code>grub&gt;</code> vs …</b></summary>': the front lost its code (T35-1's second part)."""
    text = (
        "# Q\n\n<details>\n<summary><b>Explain <code>grub&gt;</code> vs <code>grub-rescue&gt;</code>.</b></summary><br>\n\n"
        "They are two prompts of GRUB.\n\n</details>\n"
    )
    _, manifest = _build(tmp_path, {"grub.md": text})
    assert _cards(manifest) == [("Explain <code>grub&gt;</code> vs <code>grub-rescue&gt;</code>.", "<p>They are two prompts of GRUB.</p>")]


# --- T35-15: an index of questions linking to one answer file each -----------------------------------------------------

LINKED = TRIALS / "trial35" / "t35-15-index-linking-answer-files"


def test_an_index_of_questions_linking_to_answer_files_asks_them_on_those_files_cards(tmp_path: Path) -> None:
    """README.md '1. [What is the event loop?](answers/event-loop.md)' … and answers/*.md in sources/: three 'answer
    missing … add an override' warnings for the index, and the front 'Event loop' (T35-15). Now each answer file's card
    asks the index's question; the index's questions are listed as skipped, no warning each."""
    result, manifest = _build(tmp_path, {"README.md": LINKED / "README.md", "answers": LINKED / "answers"})
    cards = dict(_cards(manifest))
    assert sorted(cards) == ["What is a closure?", "What is hoisting?", "What is the event loop?"]
    assert cards["What is the event loop?"].startswith("<p>The mechanism that takes the next task")
    note = next(n for n in manifest["notes"] if n["fields"]["Question"] == "What is the event loop?")
    assert note["items"][0]["file"] == "sources/answers/event-loop.md"
    assert [(s["file"], s["line"], s["skipped"]) for s in manifest["skipped"]] == [
        ("sources/README.md", line, "a question the file it links to answers (an index)") for line in (3, 4, 5)
    ]
    said = _said(result, "sources/README.md")
    assert said == [(None, said[0][1])]
    assert "its 3 questions link to the files in sources/ that answer them: each is asked on that file's card" in said[0][1]


def test_an_index_whose_linked_files_are_not_in_sources_still_says_each_question_is_unanswered(tmp_path: Path) -> None:
    result, manifest = _build(tmp_path, {"README.md": LINKED / "README.md", "atp.md": "## What is ATP?\n\nThe energy currency of the cell.\n"})
    assert [front for front, _ in _cards(manifest)] == ["What is ATP?"]
    assert any(line == 3 and "this item makes no card" in message for line, message in _said(result, "sources/README.md"))
    assert [s["line"] for s in manifest["skipped"]] == [3, 4, 5]


def test_quick_checks_in_a_note_with_no_headings_are_cards_off_the_notes_back(tmp_path: Path) -> None:
    """A page of prose with quick checks and no heading is one note: its checks were on its back, asked by no card."""
    text = (
        "Enzymes are biological catalysts: they speed up reactions by lowering the activation energy.\n\n"
        "Quick check: What do enzymes lower to speed up a reaction? (Answer: the activation energy)\n\n"
        "The substrate binds to the active site.\n\n"
        "> **Quick check:** Which model says the active site changes shape? *(Answer: the induced-fit model)*\n"
    )
    _, manifest = _build(tmp_path, {"enzymes.md": text})
    assert _cards(manifest) == [
        ("enzymes", "<p>Enzymes are biological catalysts: they speed up reactions by lowering the activation energy.</p>"
         "<p>The substrate binds to the active site.</p>"),
        ("What do enzymes lower to speed up a reaction?", "<p>the activation energy</p>"),
        ("Which model says the active site changes shape?", "<p>the induced-fit model</p>"),
    ]  # fmt: skip
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [1, 3, 7]


def test_a_page_of_quick_checks_only_is_no_list_of_unanswered_questions(tmp_path: Path) -> None:
    text = "".join(
        f"Quick check: {q} (Answer: {a})\n\n"
        for q, a in (("What do enzymes lower?", "the activation energy"), ("Which model says the site changes shape?", "induced fit"),
                     ("Where does a non-competitive inhibitor bind?", "an allosteric site"))
    )
    result, manifest = _build(tmp_path, {"checks.md": text})
    assert _cards(manifest) == [
        ("What do enzymes lower?", "<p>the activation energy</p>"),
        ("Which model says the site changes shape?", "<p>induced fit</p>"),
        ("Where does a non-competitive inhibitor bind?", "<p>an allosteric site</p>"),
    ]
    assert not any("no answers" in m for _, m in _said(result, "sources/checks.md"))


def test_questions_answered_by_one_word_footnotes(tmp_path: Path) -> None:
    """'[^1]: Ottawa' is a link reference definition to CommonMark: the question's marker became a link to 'Ottawa' and
    the question had 'no answer' (T34-13 rest). Now the note is its answer, as a note of several words is."""
    text = "# Geo\n\n## What is the capital of Canada?[^1]\n\n## What is the capital of Peru?[^2]\n\n[^1]: Ottawa\n[^2]: Lima\n"
    result, manifest = _build(tmp_path, {"geo.md": text})
    assert _cards(manifest) == [("What is the capital of Canada?", "<p>Ottawa</p>"), ("What is the capital of Peru?", "<p>Lima</p>")]
    assert not [m for _, m in _said(result, "sources/geo.md") if "not listed" not in m]


def test_a_notes_page_with_two_footnotes_is_no_list_of_pairs(tmp_path: Path) -> None:
    """Two '[^1]: …' lines were read as 'term: meaning' pairs: cards '[^1]' → the URL (T34-13 rest)."""
    text = (
        "# Notes\n\n## Memory\n\nSleep consolidates memory.[^1] Exercise helps too.[^2]\n\n"
        "[^1]: https://example.org/review\n[^2]: Smith 2020.\n"
    )
    _, manifest = _build(tmp_path, {"memory.md": text})
    ((front, back),) = _cards(manifest)
    assert front == "Memory"
    assert back.startswith("<p>Sleep consolidates memory.<sup>1</sup> Exercise helps too.<sup>2</sup></p>")
    assert "<li>Smith 2020.</li>" in back and "href" not in back.split("<ol")[0]
