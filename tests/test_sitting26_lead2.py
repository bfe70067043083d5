"""Twenty-fifth sitting, lead's checks (second worktree) on new-user trial 26 findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import built_notes, deck_of, note_back, note_front

from compiler.cli import main
from compiler.passes.clean import clean_text
from compiler.passes.repair import stray_marks_free


def test_a_soft_hyphen_or_a_stray_joiner_keeps_no_two_questions_apart(tmp_path: Path) -> None:
    """T26-11: 'The mito\\u00adchondrion.' (Word's optional hyphen) was another answer than 'The mitochondrion.':
    two notes and a warning quoting '\\xad'; a zero-width joiner after 'Haemoglobin' stayed on the back."""
    pasted = (
        "## What is the\u200b powerhouse of the cell?\n\nThe mito\u00adchondrion.\n\n"
        "## What carries oxygen in blood?\n\nHaemoglobin\u200d in red blood cells.\n"
    )
    typed = "Q: What is the powerhouse of the cell?\nA: The mitochondrion.\n"
    notes, skipped, said = built_notes(tmp_path, {"pasted.md": pasted, "typed.txt": typed})
    assert not skipped
    assert not any("\\xad" in line or "not merged" in line for line in said), said
    by_front = {note_front(n): n for n in notes}
    assert len(by_front["What is the powerhouse of the cell?"]["items"]) == 2  # one note of both
    assert note_back(by_front["What is the powerhouse of the cell?"]) == "The mitochondrion."
    assert note_back(by_front["What carries oxygen in blood?"]) == "Haemoglobin in red blood cells."


def test_joiners_that_join_stay() -> None:
    """T26-11: a zero-width joiner inside an emoji sequence or a Devanagari conjunct is part of what is written."""
    family, conjunct = "👨\u200d👩\u200d👧", "क्\u200dष"
    assert stray_marks_free(family) == family and stray_marks_free(conjunct) == conjunct
    assert clean_text(f"{family} and {conjunct}") == f"{family} and {conjunct}"
    assert clean_text("Haemoglobin\u200d and soft\u00adware") == "Haemoglobin and software"


NOTES_A = (
    "# Networking review\n\n## What does DNS do?\n\n"
    "It translates human-readable domain names such as example.com into IP addresses.\n\n"
    "## What is the capital of Austria?\n\nVienna.\n\n## What does TCP stand for?\n\nTransmission Control Protocol.\n"
)
NOTES_B = (
    "Q: What is the purpose of the Domain Name System?\n"
    "A: Turning domain names (like example.com) into the IP addresses computers use.\n\n"
    "Q: What is the capital of Australia?\nA: Canberra.\n\n"
    "Q: What does TCP stand for?\nA: Transmission Control Protocol (connection-oriented transport).\n"
)


@pytest.mark.usefixtures("real_model")
def test_a_build_says_how_many_pairs_wait_for_a_decision(tmp_path: Path) -> None:
    """T26-9: 'What does DNS do?' / 'What is the purpose of the Domain Name System?' were listed by `deckc dupes` as
    suggested, and no build said so: a user never learned to look.  Every build, the unchanged one too, ends with
    the count and the command; the command lists them."""
    content = deck_of(tmp_path, {"net-a.md": NOTES_A, "net-b.txt": NOTES_B})
    out = tmp_path / "out"
    runner = CliRunner()
    lines = []
    for _ in range(2):
        result = runner.invoke(main, ["build", str(content), "-o", str(out)])
        assert result.exit_code == 0, result.output
        lines.append(next(line for line in result.output.splitlines() if "possible duplicate pair" in line))
    assert lines[0] == lines[1]
    found = re.search(r"deckc: (\d+) possible duplicate pairs? for you to decide", lines[0])
    assert found is not None and f"dupes {content} --status suggested" in lines[0]
    listed = runner.invoke(main, ["dupes", str(content), "-o", str(out), "--status", "suggested"])
    assert f"({found.group(1)} suggested)" in listed.output
    assert "What does DNS do?" in listed.output and "Domain Name System" in listed.output
    # the TCP questions merged, the capitals did not
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert any(len(n["items"]) == 2 and "TCP" in n["items"][0]["question"] for n in notes)
    capitals = [n for n in notes if any("capital" in i["question"] for i in n["items"])]
    assert len(capitals) == 2 and all(len(n["items"]) == 1 for n in capitals)


@pytest.mark.parametrize(
    ("file", "text", "said"),
    [
        (
            "deck.toml",
            '[deck]\nname = "Chimie"\n\n[[source]]\nid = "chimie"\nfile = "sources/c.md"\ntitle = "Chimie – révision\n',
            'deck.toml:7: error: invalid TOML: the text opened with " on this line is not closed '
            '(end the text with ": title = "Chimie – révision")',
        ),
        (
            "deck.toml",
            "[deck]\nname = 'Chimie\n",
            "deck.toml:2: error: invalid TOML: the text opened with ' on this line is not closed "
            "(end the text with ': name = 'Chimie')",
        ),
        (
            "deck.toml",
            '[deck]\nname = "Chimie"\nname = "Bio"\n',
            "deck.toml:3: error: invalid TOML: this key is set twice in its table (keep one of the two lines)",
        ),
        (
            "overrides.toml",
            '[[override]]\nitem = "c/what-is-na"\nanswer = "Na (natrium)\n',
            'overrides.toml:3: error: invalid TOML: the text opened with " on this line is not closed',
        ),
    ],
)
def test_a_toml_mistake_is_said_in_words(tmp_path: Path, file: str, text: str, said: str) -> None:
    """T26-26: an unclosed string was 'invalid TOML: Illegal character '\\n''; a key set twice 'Cannot overwrite a
    value'."""
    content = deck_of(tmp_path, {"c.md": "## What is Na?\n\nSodium.\n"})
    (content / file).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert said in result.output.replace(f"{content}/", "")
    assert "Illegal character" not in result.output and not (tmp_path / "out").exists()


def test_an_e_book_or_a_slide_deck_gets_a_way_to_convert_it(tmp_path: Path) -> None:
    """T26-28: an .epub got only the list of suffixes deckc reads; the .pptx advice showed a team ticket id."""
    content = deck_of(tmp_path, {"c.md": "## What is Na?\n\nSodium.\n", "book.epub": "x", "slides.pptx": "x"})
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (
        "book.epub: warning: not read: an e-book (.epub) (convert it to a Word document (.docx) or plain text"
        in result.output
    )
    slides = next(line for line in result.output.splitlines() if "slides.pptx" in line)
    assert "pdf_slides = true" in slides and "trial" not in slides


def test_a_notion_export_s_id_is_no_part_of_its_title(tmp_path: Path) -> None:
    """T26-35: Notion names each exported file '<title> <32 hex>'; that id was on every card's back as its source."""
    csv = '\ufeffName,Answer,Tags\nWhat is ATP?,The cell\'s energy currency,"Biology, Cells"\nWhat is DNA?,The molecule of heredity,Biology\n'
    notes, _, said = built_notes(tmp_path, {"Flashcards 3f9a2c1d8e7b4a6f9c0d1e2f3a4b5c6d.csv": csv})
    assert {n["fields"]["Sources"] for n in notes} == {"Flashcards"}
    assert any('title = "Flashcards"' in line for line in said)


def test_an_ankdown_tags_field_keeps_its_label_off_the_tags(tmp_path: Path) -> None:
    """T26-41: ankdown's third field written 'tags: geography capitals' gave every such note a tag 'tags:'."""
    cards = (
        "What is the capital of Canada?\n\n%\n\nOttawa\n\n%\n\ntags: geography capitals\n\n---\n\n"
        "What is the largest ocean?\n\n%\n\nThe Pacific Ocean\n\n%\n\ngeography oceans\n"
    )
    notes, _, _ = built_notes(tmp_path, {"ankdown.md": cards})
    tags = {note_front(n): [t for t in n["tags"] if not t.startswith("deckc::")] for n in notes}
    assert tags == {
        "What is the capital of Canada?": ["capitals", "geography"],
        "What is the largest ocean?": ["geography", "oceans"],
    }


def test_a_command_table_whose_column_says_what_it_does_is_a_card_a_row(tmp_path: Path) -> None:
    """T26-20: '| Command | What it does | Example |' under '## Branches' was one card, the heading over the whole table;
    a column named like 'What it does' or 'Purpose' is the answer: a card per row, the first column its front, the
    other columns labelled on its back."""
    sheet = (
        "# Git cheat sheet\n\n## Branches\n\n| Command | What it does | Example |\n|---|---|---|\n"
        "| `git branch` | List local branches | `git branch -v` |\n| `git merge <branch>` | Merge a branch into the current one | `git merge main` |\n\n"
        "## Undo\n\n| Command | Purpose |\n|---|---|\n| `git restore <file>` | Discard changes in the working tree |\n"
        "| `git reset --soft HEAD~1` | Undo the last commit, keep its changes staged |\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"git.md": sheet})
    assert not skipped
    cards = {note_front(n): (note_back(n), n["sections"]) for n in notes}
    assert cards == {
        "git branch": ("List local branches Example: git branch -v", ["git::Branches"]),
        "git merge <branch>": (
            "Merge a branch into the current one Example: git merge main",
            ["git::Branches"],
        ),
        "git restore <file>": ("Discard changes in the working tree", ["git::Undo"]),
        "git reset --soft HEAD~1": ("Undo the last commit, keep its changes staged", ["git::Undo"]),
    }
