"""Twenty-sixth sitting, lead: findings of trial 26 (/work/coord/findings-trial26.md)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

PAGE = """# Notes

## What is IPv4's address length?

32 bits, written as four decimal numbers.

## What does TCP stand for?

Transmission Control Protocol.
"""


def _deck(tmp_path: Path) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "net.md").write_text(PAGE, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Net"\n', encoding="utf-8")
    return content, tmp_path / "build"


def test_the_pin_for_a_reworded_question_is_not_lost_after_one_build(tmp_path: Path) -> None:
    """T26-10: the override that keeps a reworded question's note was printed by one build only; the next
    builds were silent. `deckc diff` and `deckc lint` now repeat it (with the GUID it keeps) until it is
    added, and the pasted override brings the old note back."""
    content, out = _deck(tmp_path)
    first = build(content, out, formats=("json",), now=1_000)
    old_guid = next(n.guid for n in first.compiled.deck.notes if n.id == "net/what-is-ipv4-s-address-length")
    page = content / "sources" / "net.md"
    page.write_text(PAGE.replace("IPv4's address length", "the length of an IPv4 address"), encoding="utf-8")
    runner = CliRunner()
    second = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert second.exit_code == 0, second.output
    assert "`deckc diff` and `deckc lint` repeat this until it is added" in second.output
    pin = (
        '    [[override]]\n    item = "net/what-is-the-length-of-an-ipv4-address"\n'
        f'    id = "net/what-is-ipv4-s-address-length"  # keeps GUID {old_guid}'
    )
    third = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert "0 new, 0 updated, 2 unchanged, 0 retired" in third.output
    assert "[[override]]" not in third.output  # the build says it once
    for command in ("diff", "lint"):
        shown = runner.invoke(main, [command, str(content), "-o", str(out)])
        assert shown.exit_code == 0, shown.output
        assert (
            f"note net/what-is-ipv4-s-address-length (GUID {old_guid}), retired by an earlier build"
            in shown.output
        )
        assert pin in shown.output
    (content / "overrides.toml").write_text(pin.replace("    ", "") + "\n", encoding="utf-8")
    pinned = build(content, out, formats=("json",), now=3_000)
    note = next(
        n for n in pinned.compiled.deck.notes if n.primary.key == "net/what-is-the-length-of-an-ipv4-address"
    )
    assert note.guid == old_guid
    assert "the length of an IPv4 address" in note.fields["Question"]
    assert pinned.summary.totals["retired"] == 1  # the note the reworded question had for one build
    after = runner.invoke(main, ["lint", str(content), "-o", str(out)])
    assert "retired by an earlier build" not in after.output, after.output


def test_no_pin_advice_for_a_question_simply_deleted(tmp_path: Path) -> None:
    """T26-10: a question deleted, its answer given by no other note, gets no repeated advice."""
    content, out = _deck(tmp_path)
    build(content, out, formats=("json",), now=1_000)
    page = content / "sources" / "net.md"
    page.write_text(PAGE.split("## What does TCP")[0], encoding="utf-8")
    build(content, out, formats=("json",), now=2_000)
    shown = CliRunner().invoke(main, ["diff", str(content), "-o", str(out)])
    assert "retired by an earlier build" not in shown.output


VOCAB = "casa\thouse\ncasas\thouses\nperro\tdog\nperra\tfemale dog\nzugomama\tkzfr\nzugoma\tqvmtp\ntunelolo\tdsiq\ntunelo\tteqs\n"


def test_two_words_of_a_vocabulary_list_are_never_one_question(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """A 3,000-row vocabulary export merged 'zugomama' into 'zugoma' (the model scores the two 0.98 and their 6-letter
    stems are one word, so the near-identical-wording rule took them for one question) and warned that 'tunelolo'
    and 'tunelo' contradict each other. Two words to learn are two cards, and no contradiction is claimed."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "vocab.txt").write_text(VOCAB, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Vocab"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = {n.fields["Question"]: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert notes == {w: f"<p>{a}</p>" for w, a in (line.split("\t") for line in VOCAB.splitlines())}
    assert not [w for w in result.compiled.diagnostics.grouped_warnings if "is answered" in w.message]
    pairs = {(p.a.question, p.b.question): p for p in result.compiled.dupes.pairs}
    # (since sitting 39 one list's two words answered by words that share nothing are not listed at all: T39-9)
    assert ("zugomama", "zugoma") not in pairs or "near-identical wording" not in pairs[("zugomama", "zugoma")].evidence


def test_other_words_tells_a_new_word_from_another_spelling() -> None:
    """The check under the near-identical-wording rule: a content word each side lacks, and not a typo of the other's."""
    from compiler.pairscore import other_words, question_words

    def differ(a: str, b: str) -> bool:
        return other_words(question_words(a), question_words(b))

    assert differ("zugomama", "zugoma") and differ("casa", "casas")  # a word list: every word counts
    assert differ("What is the boiling point of water?", "What is the freezing point of water?")
    assert not differ(
        "What is regularisation in neural networks?", "What is regularization in neural networks?"
    )
    assert not differ("What is batch norm used for?", "What is batchnorm used for?")
    assert not differ(
        "In the shared model, who patches?", "According to the shared model, who patches?"
    )  # one side adds
    assert not differ(
        "What is a trade-off between bias and variance?", "What is the tradeoff between bias and variance?"
    )


QUIZ = """Networking Quiz 1

1. Which layer of the OSI model does a router work at?
a) Physical
b) Data link
c) Network
d) Transport

2. What is the default port for SSH?
a) 21
b) 22
c) 23
d) 80

Answers: 1 c, 2 b
"""


def test_a_note_replaced_by_one_of_another_type_names_it(tmp_path: Path) -> None:
    """T27-10: moving a multiple-choice question into a Markdown page as a recall question retired its note with
    "replaced by a new note  of another type": the replacing note's id was missing."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "quiz-01.txt").write_text(QUIZ, encoding="utf-8")
    (content / "sources" / "networking.md").write_text(
        "# Networking\n\n## What is a MAC address?\n\nA hardware address.\n", encoding="utf-8"
    )
    (content / "deck.toml").write_text('[deck]\nname = "Net"\n', encoding="utf-8")
    out = tmp_path / "build"
    build(content, out, formats=("json",), now=1_000)
    (content / "sources" / "quiz-01.txt").write_text(
        QUIZ.split("2. What")[0] + "Answers: 1 c\n", encoding="utf-8"
    )
    with (content / "sources" / "networking.md").open("a", encoding="utf-8") as page:
        page.write("\n## What is the default port for SSH?\n\nPort 22.\n")
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert (
        "replaced by a new note networking/what-is-the-default-port-for-ssh of another type (Anki cannot change"
        in built.output
    ), built.output


def test_a_cloze_sentence_clarified_gets_the_pin_that_keeps_its_note(tmp_path: Path) -> None:
    """T27-17: a cloze sentence edited beyond a typo ('… antagonist.' → '… antagonist (it blocks VKORC1).') was
    retired with no hint, its review history lost; a Basic note reworded gets the override to paste. A cloze answers
    its deletions: same deletions (and Extra) in the same source is the same hint."""
    content, out = _deck(tmp_path)
    (content / "sources" / "net.md").unlink()
    page = content / "sources" / "pharm.md"
    text = "# Pharmacology\n\nWarfarin is a {{c1::vitamin K}} antagonist.\n\nHeparin activates {{c1::antithrombin III}}.\n"
    page.write_text(text, encoding="utf-8")
    first = build(content, out, formats=("json",), now=1_000)
    old = next(n for n in first.compiled.deck.notes if "Warfarin" in n.fields["Text"])
    page.write_text(text.replace("antagonist.", "antagonist (it blocks VKORC1)."), encoding="utf-8")
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert f"retired {old.id} (GUID {old.guid}): its source item is gone, and new note" in built.output, (
        built.output
    )
    pin = built.output.split("add to overrides.toml")[1].split(":\n", 1)[1]
    assert f"# keeps GUID {old.guid}" in pin
    (content / "overrides.toml").write_text(
        "\n".join(line.strip() for line in pin.splitlines()[:3]) + "\n", encoding="utf-8"
    )
    pinned = build(content, out, formats=("json",), now=3_000)
    note = next(n for n in pinned.compiled.deck.notes if "Warfarin" in n.fields["Text"])
    assert note.guid == old.guid and "VKORC1" in note.fields["Text"]
    # another deletion is another card: no hint
    page.write_text(
        text.replace("{{c1::vitamin K}}", "{{c1::vitamin K epoxide reductase}}"), encoding="utf-8"
    )
    other = CliRunner().invoke(main, ["diff", str(content), "-o", str(out)])
    assert "[[override]]" not in other.output


def test_a_pair_differing_in_a_word_is_not_said_to_reorder_words(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """T27-21: `deckc dupes` gave "the same words in another order" for 'boiling point … in Celsius' / '… in
    Fahrenheit' and 'capital of Australia' / 'largest city in Australia'; the reason names the words that differ."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "a.md").write_text(
        "# Set A\n\n## What is the boiling point of water in Celsius at sea level?\n\n100 °C\n\n"
        "## What is the capital of Australia?\n\nCanberra\n",
        encoding="utf-8",
    )
    (content / "sources" / "b.txt").write_text(
        "Q: What is the boiling point of water in Fahrenheit at sea level?\nA: 212 °F\n\n"
        "Q: What is the largest city in Australia?\nA: Sydney\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Facts"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.deck.notes) == 4
    reasons = {p.a.question.split()[3]: p.reason for p in result.compiled.dupes.pairs}
    # (sitting 57: one question asked of two capitalised names is a contrast, its reason naming them)
    assert reasons["boiling"].startswith("contrast (different names: Celsius / Fahrenheit)"), reasons
    assert "another order" not in " ".join(reasons.values())


WEEK1 = """# Week 1 quiz

## Which of the following statements is true?

- [ ] Python lists are immutable
- [x] Python tuples are immutable
- [ ] Python sets keep insertion order

## What is the output of the following code?

```python
print(2 ** 3)
```

8
"""

WEEK2 = """# Week 2 quiz

## Which of the following statements is true?

- [x] HTTP is stateless
- [ ] UDP guarantees delivery
- [ ] DNS uses only TCP

## What is the output of the following code?

```python
print("ab" * 2)
```

abab
"""


def test_this_weeks_quiz_does_not_take_last_weeks_notes(tmp_path: Path) -> None:
    """T27-34 (severe): week 2's quiz replacing week 1's took its notes' GUIDs by the question rule ("0 new, 2
    updated"): re-imported, Anki rewrote the week-1 notes in place and scheduled new material as learnt. A stem that
    asks nothing by itself is no identity: a note continues another by its question's words only when their answers
    have something in common. Checked by a real re-import: two new notes, the week-1 notes left as they were."""
    from ankiutil import import_apkg, notes, open_collection

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "week1.md").write_text(WEEK1, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Quiz"\n', encoding="utf-8")
    out = tmp_path / "build"
    first = build(content, out, formats=("apkg",), now=1_000)
    col = open_collection(tmp_path / "anki")
    assert import_apkg(col, first.paths[0]).new == 2
    (content / "sources" / "week1.md").unlink()
    (content / "sources" / "week2.md").write_text(WEEK2, encoding="utf-8")
    second = build(content, out, formats=("apkg",), now=2_000)
    assert second.summary.totals == {"new": 2, "updated": 0, "unchanged": 0, "retired": 2}
    log = import_apkg(col, second.paths[0])
    assert (log.new, log.updated) == (2, 0)
    landed = [n["fields"] for n in notes(col).values()]
    assert any("tuples are immutable" in f.get("Options", "") for f in landed)  # week 1's note untouched
    assert any("HTTP is stateless" in f.get("Options", "") for f in landed)


def test_a_question_moved_to_another_file_still_keeps_its_note(tmp_path: Path) -> None:
    """T27-34: the question rule's purpose stays: a question moved into another file with its answer keeps its GUID."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "week1.md").write_text(WEEK1, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Quiz"\n', encoding="utf-8")
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    (content / "sources" / "week1.md").rename(content / "sources" / "review.md")
    second = build(content, out, formats=("json",), now=2_000)
    assert {n.guid for n in second.compiled.deck.notes} == {n.guid for n in first.compiled.deck.notes}
    assert second.summary.totals["new"] == 0 and second.summary.totals["retired"] == 0


def test_a_question_two_letters_away_with_another_answer_is_no_typo_fix(tmp_path: Path) -> None:
    """T27-35: 'capital of Austria? Vienna' replaced by 'capital of Australia? Canberra' kept Vienna's note (and its
    review history) by the typo rule; a typo fix leaves the answer alone (or nearly: 'Viena' → 'Vienna')."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = content / "sources" / "capitals.md"
    page.write_text(
        "# Capitals\n\n## What is the capital of Austria?\n\nVienna\n\n## What is the capitol of Peru?\n\nLima\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Capitals"\n', encoding="utf-8")
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    page.write_text(
        "# Capitals\n\n## What is the capital of Australia?\n\nCanberra\n\n## What is the capital of Peru?\n\nLima.\n",
        encoding="utf-8",
    )
    second = build(content, out, formats=("json",), now=2_000)
    guids = {n.fields["Question"]: n.guid for n in second.compiled.deck.notes}
    old = {n.fields["Question"]: n.guid for n in first.compiled.deck.notes}
    assert guids["What is the capital of Peru?"] == old["What is the capitol of Peru?"]  # a typo fixed
    assert guids["What is the capital of Australia?"] != old["What is the capital of Austria?"]
    assert second.summary.totals == {"new": 1, "updated": 1, "unchanged": 0, "retired": 1}


def test_deleting_a_document_whose_question_was_pinned_still_builds(tmp_path: Path) -> None:
    """T27-28: after pasting the pin the build printed for a reworded question, deleting the whole document stopped
    every build ("override for unknown item …", with a "did you mean" pointing at another document's question, which
    would inherit the note). The document's notes retire on purpose; its override is ignored with a warning."""
    content, out = _deck(tmp_path)
    (content / "sources" / "review.txt").write_text(
        "Q: What does TCP stand for?\nA: Transmission Control Protocol.\n"
    )
    build(content, out, formats=("json",), now=1_000)
    page = content / "sources" / "net.md"
    page.write_text(PAGE.replace("IPv4's address length", "the length of an IPv4 address"), encoding="utf-8")
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "net/what-is-the-length-of-an-ipv4-address"\nid = "net/what-is-ipv4-s-address-length"\n',
        encoding="utf-8",
    )
    build(content, out, formats=("json",), now=2_000)
    page.unlink()
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert (
        "overrides.toml:2: warning: override for 'net/what-is-the-length-of-an-ipv4-address' is ignored: its source "
        "'net' is no longer in the deck (remove the override" in built.output
    )
    # the TCP note, merged from both files, continues as review.txt's; the IPv4 note is retired
    assert "0 new, 1 updated, 0 unchanged, 1 retired" in built.output, built.output
    # an override of a document still in the deck whose item is gone stays an error: the pin would silently stop
    page.write_text(PAGE.replace("IPv4's address length", "the size of an IPv4 address"), encoding="utf-8")
    stopped = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert stopped.exit_code == 1 and "override for unknown item" in stopped.output


def test_dupes_toml_guesses_keep_apart_for_two_questions_of_other_words() -> None:
    """T27-27: `deckc dupes --toml` guessed [[merge]] for 'What port does HTTPS use by default?' (443) and 'What port
    does plain HTTP use by default?' (80), its comment saying "two questions" and "probably the same question" at
    once. A pair whose reason says it is two questions is guessed [[keep_apart]], whatever its score."""
    from compiler.dupes_report import pairs_toml
    from compiler.model import Block, BlockKind, Item, Locator
    from compiler.passes.dedupe import OTHER_ORDER, Pair

    def item(source: str, question: str, line: int) -> Item:
        return Item(
            source=source,
            question=question,
            answer=[Block(kind=BlockKind.text, text="A port.")],
            original=question,
            locator=Locator(file=f"sources/{source}.md", line=line),
        )

    https, http = (
        item("notes", "What port does HTTPS use by default?", 3),
        item("review", "What port does plain HTTP use by default?", 1),
    )
    for reason in (
        'other words ("HTTPS" vs "plain HTTP"): two questions, check',
        OTHER_ORDER,
        f"same source ({OTHER_ORDER})",
    ):
        text = pairs_toml([Pair(https, http, 0.84, 0.93, reason=reason)])  # (0.64 then; [[merge]] from 0.70 since T28-55)
        assert (
            "probably different questions" in text
            and "[[keep_apart]]" in text
            and "[[merge]]\nitems" not in text
        )
    assert "[[merge]]\nitems" in pairs_toml(
        [Pair(https, http, 0.84, 0.93, reason="")]
    )  # the score's guess otherwise


GIMKIT = """Gimkit Spreadsheet Import Template,,,,
Question,Correct Answer,Incorrect Answer 1,Incorrect Answer 2,Incorrect Answer 3
What is the chemical symbol for gold?,Au,Ag,Go,Gd
How many bones are in the adult human body?,206,201,212,
Which planet has the most prominent rings?,Saturn,Jupiter,,
"""


def test_a_short_template_bank_keyed_first_is_shuffled(tmp_path: Path) -> None:
    """T27-18: a Gimkit sheet of three questions (its template puts the correct answer's column first) gave three cards
    whose right answer is A; only five or more questions keyed alike were shuffled. Three or more keyed to their first
    option are too (as rare by chance as five keyed alike); two are left as written."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "gimkit.csv").write_text(GIMKIT, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Quiz"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    notes = {n.fields["Question"]: n.fields["Correct"] for n in result.compiled.deck.notes}
    assert notes["What is the chemical symbol for gold?"].endswith("Au") and notes[
        "How many bones are in the adult human body?"
    ].endswith("206")
    assert {v[:2] for v in notes.values()} != {"A)"}
    assert "every one of its 3 multiple-choice questions has its right answer at 'A'" in " ".join(
        w.message for w in result.compiled.diagnostics.warnings
    )
    (content / "sources" / "gimkit.csv").write_text(
        "\n".join(GIMKIT.splitlines()[:4]) + "\n", encoding="utf-8"
    )
    two = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    assert {n.fields["Correct"][:2] for n in two.compiled.deck.notes} == {"A)"}


def test_the_sheet_names_a_document_once_when_its_section_is_named_alike(tmp_path: Path) -> None:
    """T27-15: a tldr page ('# 7z' whose commands sit under no other heading) printed '7z' / '7z' on the cheat sheet:
    the document's title over a section of the same name. One heading."""
    from pypdf import PdfReader

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "7z.md").write_text(
        "# 7z\n\n> A file archiver with a high compression ratio.\n\n- Add a file or directory to an archive:\n\n"
        "`7z a {{archive.7z}} {{path}}`\n\n- Extract an archive:\n\n`7z x {{archive.7z}}`\n\n- List an archive:\n\n`7z l {{archive.7z}}`\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Tools"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("pdf",), now=1_000)
    text = PdfReader(result.paths[0]).pages[0].extract_text()
    lines = [line.strip() for line in text.splitlines()]
    assert lines.count("7z") == 1, text


def test_renaming_the_deck_after_publishing_is_said_once(tmp_path: Path) -> None:
    """T27-51: renaming the deck in deck.toml after publishing was silent ('0 new, 0 updated, 2 unchanged'); on
    re-import Anki keeps the published cards in the deck of the old name and files new ones under the new name. The
    first build after the rename says so and what to do; the next build does not repeat it."""
    content, out = _deck(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"]).exit_code == 0
    (content / "deck.toml").write_text(
        '[deck]\nname = "Networking 101"\nbasename = "net"\n', encoding="utf-8"
    )
    renamed = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert renamed.exit_code == 0, renamed.output
    assert (
        "deck renamed 'Net' -> 'Networking 101': on re-import Anki keeps the 2 published notes' cards"
        in renamed.output
    )
    assert "rename that deck in Anki to 'Networking 101' before importing" in renamed.output
    again = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert "deck renamed" not in again.output


def test_a_myst_page_is_titled_by_its_heading_not_its_kernel(tmp_path: Path) -> None:
    """T27-6: a MyST page's front matter ('kernelspec:' / '  name: python3') titled the document and every card's
    Sources 'python3'; only a top-level 'title:' (or 'name:', 'deck:') titles it, else its '#' heading."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "myst.md").write_text(
        "---\njupytext:\n  text_representation:\n    format_name: myst\nkernelspec:\n  name: python3\n---\n\n"
        "# Probability review\n\n## What is the expected value of a fair die roll?\n\n3.5\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Maths"\n', encoding="utf-8")
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert 'title = "Probability review"' in built.output and "python3" not in built.output


BANNER = """#### Explore all 100 answers here 👉 [Site.io - Git](https://site.io/questions/git)

<br>

<a href="https://site.io/questions/">
<img src="https://site.io/banner.jpg" alt="web-development" width="100%">
</a>
</p>
"""


def test_a_sites_closing_banner_is_no_card_and_no_answer(tmp_path: Path) -> None:
    """T27-38: an interview README's closing banner (a heading linking to the site, then its banner picture) was a
    card of its own ('Explore all 100 answers here 👉 …' → '[image: …]'), or the end of the last answer. It is the
    site's furniture: left out."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Git"\n', encoding="utf-8")
    one = (
        "# Git questions\n\n## 1. What is Git?\n\nA distributed version control system.\n\n<br>\n\n" + BANNER
    )
    two = one.replace(
        "<br>\n\n" + BANNER,
        "## 2. What is a commit?\n\nA snapshot of the project.\n\n#### Staging\n\nWhat goes into the next commit.\n\n<br>\n\n"
        + BANNER,
    )
    for name, page, fronts in (
        ("one.md", one, ["What is Git?"]),
        ("two.md", two, ["What is Git?", "What is a commit?"]),
    ):
        for old in (content / "sources").iterdir():
            old.unlink()
        (content / "sources" / name).write_text(page, encoding="utf-8")
        result = build(content, tmp_path / name, formats=("json",), now=1_000)
        notes = [n for n in result.compiled.deck.notes if n.primary.source == name[:-3]]
        assert [n.primary.question for n in notes if "Staging" not in n.primary.question] == fronts
        assert not any(
            "Explore" in f or "banner" in f or "site.io" in f for n in notes for f in n.fields.values()
        ), notes


SIDE = """Match the capitals with the countries

1. Paris          a. Germany
2. Berlin         b. Italy
3. Rome           c. France
4. Madrid         d. Spain

Answers: 1-c, 2-a, 3-b, 4-d
"""


def test_a_matching_exercise_printed_side_by_side_is_matched_by_its_key(tmp_path: Path) -> None:
    """T27-52 (severe): a matching exercise printed in two columns ('1. Paris          a. Germany') with its key
    ('1-c, 2-a, …') taught each row's neighbours as pairs ('Paris' → 'a. Germany'). The key decides, each card at its
    row's line; without a key no row is taught as a pair."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = content / "sources" / "match.txt"
    page.write_text(SIDE, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Capitals"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    cards = [
        (n.primary.question, n.fields["Answer"], n.primary.locator.line) for n in result.compiled.deck.notes
    ]
    assert cards == [
        ("Paris", "<p>France</p>", 3),
        ("Berlin", "<p>Germany</p>", 4),
        ("Rome", "<p>Italy</p>", 5),
        ("Madrid", "<p>Spain</p>", 6),
    ]
    page.write_text(
        SIDE.split("Answers:")[0] + "## Other\n\n## What is the capital of Peru?\n\nLima\n", encoding="utf-8"
    )
    result = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    taught = {n.primary.question: n.fields.get("Answer", "") for n in result.compiled.deck.notes}
    assert not any("Germany" in a or "Italy" in a for a in taught.values()), taught


def test_an_asciidoc_glossary_entry_defined_on_the_next_line(tmp_path: Path) -> None:
    """T27-33: an AsciiDoc glossary entry whose definition is on the next, indented line ('TTL::' / '  Time To Live; …')
    was lost ('text outside any question'), while 'ARP:: …' on one line was a card. Both forms are cards."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "glossary.adoc").write_text(
        "= Networking glossary\n\n[glossary]\n== Glossary\n\n[glossary]\n"
        "ARP:: Address Resolution Protocol; maps an IPv4 address to a MAC address.\n"
        "MTU:: Maximum Transmission Unit; the largest frame a link carries.\n"
        "TTL::\n  Time To Live; a hop counter that stops packets from looping forever.\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Net"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    cards = {n.primary.question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert cards["TTL"] == "<p>Time To Live; a hop counter that stops packets from looping forever.</p>"
    assert len(cards) == 3 and not [
        w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message
    ]


def test_a_file_of_one_numbered_question_is_read(tmp_path: Path) -> None:
    """T27-44 (keys' note): a text file holding one numbered question answered under it ('1. What is …?' /
    'Answer: …', with or without a title, or with options and a key) was 'cannot tell this document's layout', the
    build stopped with no note: a user's first try, or a teacher's single item."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Bio"\n', encoding="utf-8")
    page = content / "sources" / "one.txt"
    for n, text in enumerate(
        (
            "1. What is the powerhouse of the cell?\nAnswer: The mitochondrion.\n",
            "Biology quiz\n\n1. What is the powerhouse of the cell?\nAnswer: The mitochondrion.\n",
        )
    ):
        page.write_text(text, encoding="utf-8")
        result = build(content, tmp_path / f"b{n}", formats=("json",), now=1_000)
        (note,) = result.compiled.deck.notes
        assert (note.primary.question, note.fields["Answer"]) == (
            "What is the powerhouse of the cell?",
            "<p>The mitochondrion.</p>",
        )
    page.write_text(
        "Shopping\n\n1. Buy milk\n", encoding="utf-8"
    )  # a list of one, asking nothing: still no guess
    stopped = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "b9"), "--only", "json"])
    assert stopped.exit_code == 1 and "cannot tell this document's layout" in stopped.output


def test_a_worksheets_task_title_opens_each_front(tmp_path: Path) -> None:
    """T27-55, T27-53 (keys' note): a worksheet titled by its task ('Odd one out', 'Write the plural', 'Grammar – choose
    the correct word') over numbered items that ask nothing by themselves ('1. apple, banana, carrot, grape') gave
    fronts without the task; each front now opens with it. A Markdown page's '#' title is no task."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "English"\n', encoding="utf-8")
    page = content / "sources" / "odd.txt"
    page.write_text(
        "Odd one out\n\n1. apple, banana, carrot, grape\n2. Paris, Berlin, Madrid, Brazil\n3. red, blue, circle, green\n\n"
        "Answers: 1 carrot (a vegetable), 2 Brazil (a country), 3 circle (a shape)\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "b1", formats=("json",), now=1_000)
    assert [n.fields["Question"] for n in result.compiled.deck.notes] == [
        "Odd one out: apple, banana, carrot, grape",
        "Odd one out: Paris, Berlin, Madrid, Brazil",
        "Odd one out: red, blue, circle, green",
    ]
    page.write_text(
        "Grammar – choose the correct word\n\n1. She (go / goes) to school every day.\n"
        "2. They (was / were) at the cinema yesterday.\n3. I have (saw / seen) that film twice.\n\nKey: 1 goes, 2 were, 3 seen\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "b2", formats=("json",), now=1_000)
    assert (
        result.compiled.deck.notes[0].fields["Question"]
        == "Choose the correct word: She (go / goes) to school every day."
    )


NOTES = """# LLM Checkpoint Guide

## Components of a Checkpoint

### 1. Core Components

A complete LLM checkpoint typically includes:

- **Model Weights**: Parameter values of the neural network
- **Optimizer State**: Momentum and variance of the optimizer
- **RNG State**: Ensures training reproducibility

### 2. Storage Overhead

**Problem**:
- A 175B model's FP32 checkpoint is about 700 GB
- Optimizer states can triple it
"""


def test_a_numbered_topic_over_a_lead_in_and_its_points_is_no_exercise(tmp_path: Path) -> None:
    """New-user check (a public LLM notes page): '### 1. Core Components' over 'A complete LLM checkpoint typically
    includes:' and '- **Model Weights**: …' points was read as an exercise, its front the lead-in sentence and its back
    the points as options-like text. A lead-in that asks nothing over a list of labelled points, or a bare label
    ('**Problem**:'), is no question: with headings = "cards" the topic heading is the front."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "notes.md").write_text(NOTES, encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "LLM"\n\n[[source]]\nid = "notes"\nfile = "sources/notes.md"\ntitle = "LLM Checkpoint Guide"\n'
        'layout = "markdown"\nheadings = "cards"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    fronts = [n.primary.question for n in result.compiled.deck.notes]
    assert "Core Components" in fronts and "A complete LLM checkpoint typically includes:" not in fronts, (
        fronts
    )
    core = next(n for n in result.compiled.deck.notes if n.primary.question == "Core Components")
    assert "Model Weights" in core.fields["Answer"] and "RNG State" in core.fields["Answer"]
