"""Forty-second sitting, finder: findings of trial 42 (real public documents: command cheat sheets, quizzes, an answer
key in a file of its own; docs/trials/trial42.md) fixed: two translations of one cheat sheet no longer stop the
collection over a heading anchor `{#setup-1}` taken for a deck id (T42-1); a cheat sheet's caption over its shell
command is the command's description, not a coding task that made the section "a list of questions and no answers"
(T42-2); four lettered lines under a question asking for three things are options, not its answer (T42-10); a heading
over its own table of contents is said as such, not "question has no answer" (T42-12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import deck_of, note_back, note_front

from compiler.diagnostics import ContentError

TRIAL = Path(__file__).parent / "data" / "trials" / "trial42"


def _build(content: Path) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    from compiler.build import build

    out = content.parent / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    return notes, [d.text() for d in result.compiled.diagnostics.items]


# --- T42-1: a site generator's heading anchor in two translations ------------------------------------------------------


def test_two_translations_with_one_heading_anchor_build_together(tmp_path: Path) -> None:
    """T42-1 (high): a cheat sheet and its German translation, each with '### 🔧 Setup {#setup-1}' under a page that has
    an earlier '## Setup' (the '-1' a site generator gives a repeated heading's anchor). Before: "duplicate explicit id
    'setup-1'", and nothing of the collection was written. Now both pages build, each card with its own id."""
    folder = TRIAL / "t42-1-heading-anchor-twins"
    content = deck_of(tmp_path, {p.name: p for p in sorted(folder.glob("*.md"))})
    notes, said = _build(content)
    ids = sorted(n["id"] for n in notes)
    assert "cheat-de/setup" in ids and "cheat-en/setup" in ids and len(ids) == 6, ids
    setup = [n for n in notes if note_front(n) == "🔧 Setup" or n["id"].endswith("/setup")]
    assert len(setup) == 2 and all("brew install git-flow-avh" in note_back(n) for n in setup), setup
    assert not any("duplicate" in s for s in said), said


def test_a_question_id_of_its_own_is_still_a_deck_id(tmp_path: Path) -> None:
    """A '{#id}' a user gives a question (not its heading's words with a generator's '-N') stays the note's id, and two
    questions given one id across the deck are still the user's error (docs/content.md: unique across the deck)."""
    page = "# Notes\n\n## Setup\n\nInstall it.\n\n## What does AdamW change? {#adamw}\n\nIt decouples weight decay.\n"
    notes, said = _build(deck_of(tmp_path, {"notes.md": page}))
    assert "adamw" in [n["id"] for n in notes], said
    other = "## How is AdamW different from Adam? {#adamw}\n\nWeight decay is applied to the weights directly.\n"
    content = deck_of(tmp_path / "two", {"notes.md": page, "more.md": other})
    from compiler.build import build

    with pytest.raises(ContentError) as stopped:
        build(content, tmp_path / "two" / "build", formats=("json",), now=1_000)
    assert any("duplicate explicit id 'adamw'" in d.text() for d in stopped.value.diagnostics), [d.text() for d in stopped.value.diagnostics]


def test_a_repeated_heading_anchor_without_its_twin_heading_is_a_deck_id(tmp_path: Path) -> None:
    """'## Setup {#setup-2}' alone on its page (no other 'Setup' heading) is no generator's suffix: the user's id."""
    page = "# Notes\n\n## Setup {#setup-2}\n\nRun the installer.\n\n## Usage\n\nRun it.\n"
    notes, said = _build(deck_of(tmp_path, {"notes.md": page}))
    assert "setup-2" in [n["id"] for n in notes], said


# --- T42-2: a caption over a shell command ---------------------------------------------------------------------------


def test_a_caption_over_a_shell_command_is_its_description_not_a_task(tmp_path: Path) -> None:
    """T42-2 (high): '### Initialize New Repository' over '**Create repository in current directory:**' and a bash fence
    'git init' (twice), '### Tags' over '**Create tag at HEAD:**' … Before: "'Initialize New Repository' is over a list
    of 2 questions and no answers: no card" (the 'Create' captions read as coding tasks), `git init` and `git tag` in no
    card, while the German twin's same sections were cards. Now both pages read alike, each caption a card whose back is
    its command (T42-6), the topic its section; no such message."""
    folder = TRIAL / "t42-2-bold-label-code-pairs"
    for name, caption in (("cheat-en.md", "Create repository in current directory"), ("cheat-de.md", "Repository im aktuellen Verzeichnis erstellen")):
        notes, said = _build(deck_of(tmp_path / name, {name: folder / name}))
        assert len(notes) == 10, [note_front(n) for n in notes]
        init = next(n for n in notes if note_front(n) == caption)
        assert note_back(init) == "git init", note_back(init)
        assert not any("questions and no answers" in s for s in said), said


def test_a_command_reference_section_of_captions_is_a_card_each(tmp_path: Path) -> None:
    """T42-2 and T42-6: git-extras' '## git create-branch' with three 'Create local branch `name` …:' captions each over
    a '$ git create-branch …' fence was "a list of 3 questions and no answers"; now a card per caption, the command
    its section; a section of one caption and its command stays the heading's card."""
    folder = TRIAL / "t42-2-bold-label-code-pairs"
    notes, _said = _build(deck_of(tmp_path, {"extras-commands.md": folder / "extras-commands.md"}))
    fronts = [note_front(n) for n in notes]
    assert fronts[0] == "git delete-merged" and fronts[-2:] == ["git delete-branch", "git rename-tag"], fronts
    branch = [n for n in notes if n["fields"]["Section"] == "git create-branch"]
    assert [note_front(n) for n in branch] == [
        "Create local branch name",
        "Create local branch name and set up a remote tracking branch in origin",
        "Create local branch name and set up a remote tracking branch in upstream",
    ], fronts
    assert note_back(branch[0]) == "$ git create-branch development", note_back(branch[0])


def test_a_task_over_code_to_work_on_is_still_a_question(tmp_path: Path) -> None:
    """The puzzles the rule was made for stay questions without answers: 'Modify the script below so that …:' over a
    bash fence points at the code to change, and 'Fix this function:' over Python code is a task (trial14 T14-27)."""
    page = (
        "# Exercises\n\n## Practice\n\nModify the script below so that it prints every file:\n\n```bash\nfor f in *; do\n  echo $f\ndone\n```\n\n"
        "Fix this function:\n\n```python\ndef add(a, b):\n    return a - b\n```\n\n## Done\n\nThat is all.\n"
    )
    notes, said = _build(deck_of(tmp_path, {"exercises.md": page}))
    assert "Practice" not in [note_front(n) for n in notes], [note_front(n) for n in notes]
    assert any("Practice' is over a list of 2 questions and no answers" in s for s in said), said


# --- T42-12: a heading over its own contents list --------------------------------------------------------------------


def test_a_heading_over_its_own_contents_list_is_said_as_such(tmp_path: Path) -> None:
    """T42-12 (low): '## SQL' over '* [Difference between joins](#difference-between-joins)', the section's own table
    of contents. Before: "question has no answer (write the answer below the question)". Now it is said once as a
    table of contents, nothing to do; its sections are cards."""
    notes, said = _build(deck_of(tmp_path, {"ds-notes.md": TRIAL / "t42-10-link-list-sections" / "ds-notes.md"}))
    assert [note_front(n) for n in notes] == ["Difference between joins", "Cross Validation", "Bias and variance"], said
    assert not any("question has no answer" in s for s in said), said
    toc = [s.split(": warning:")[0] for s in said if "table of contents" in s and "nothing to do" in s]
    assert toc == ["sources/ds-notes.md:5", "sources/ds-notes.md:16"], said


# --- T42-10: options that each list as many things as the question asks for ------------------------------------------


def test_four_lettered_lists_under_a_question_asking_for_three_are_options(tmp_path: Path) -> None:
    """T42-10 (medium): 'What are the three main areas in Git?' over four 'a) Input, Process, Output' lines. Before:
    a card whose back was the four lines (the question "asks for a list"). Now they are options, unkeyed: said, no
    card, as the page's other questions; three lettered lines under 'What are the three phases …?' stay its answer."""
    notes, said = _build(deck_of(tmp_path, {"Quiz1-Basics.md": TRIAL / "t42-6-sibling-answer-key" / "Quiz1-Basics.md", "ok.md": "## What is Git?\n\nA version control system.\n"}))
    assert [note_front(n) for n in notes] == ["What is Git?"], said
    unkeyed = [s.split(": warning:")[0] for s in said if "4 options and none marked correct" in s]
    assert unkeyed == [f"sources/Quiz1-Basics.md:{n}" for n in (5, 11, 17, 23)], said
    page = "# Cell\n\n### What are the three phases of interphase?\na) G1 phase\nb) S phase\nc) G2 phase\n"
    notes, said = _build(deck_of(tmp_path / "three", {"cell.md": page}))
    assert [note_back(n) for n in notes] == ["a) G1 phase b) S phase c) G2 phase"], [note_back(n) for n in notes]


# --- T42-6: a cheat sheet's caption → command pairs, a card each -------------------------------------------------------


def test_a_command_over_its_description_is_a_card_the_description_its_front(tmp_path: Path) -> None:
    """T42-6 (medium): GitHub's Git cheat sheet, '```$ git status```' over 'Lists all new or modified files to be
    committed', 2 to 4 per topic. Before: a card per topic whose back listed its commands and their descriptions. Now
    each command is a card: front what it does, back the command, section the topic; the topic's own line of
    description stays its heading's card."""
    notes, said = _build(deck_of(tmp_path, {"git-cheat-sheet.md": TRIAL / "t42-4-dollar-command-lines" / "git-cheat-sheet.md"}))
    status = next(n for n in notes if note_front(n) == "Lists all new or modified files to be committed")
    assert note_back(status) == "$ git status" and status["fields"]["Section"] == "Make changes", status["fields"]
    commands = [n for n in notes if note_back(n).startswith("$ git")]
    assert len(commands) == 8, [note_front(n) for n in notes]
    assert [note_front(n) for n in notes if n["fields"]["Section"] == ""] == ["Configure tooling", "Create repositories", "Make changes"], said


def test_commands_answering_a_question_stay_its_answer(tmp_path: Path) -> None:
    """Not split: commands under a heading that asks, under a question in a toggle, or under answer labels ('Solution
    1:' / 'Solution 2:'), which answer that question (trial32's solution labels)."""
    page = (
        "# Ops notes\n\n## How do you check disk usage?\n\n**Show free space:**\n```bash\ndf -h\n```\n\n"
        "**Show folder sizes:**\n```bash\ndu -sh *\n```\n\n## Disk usage\n\nSolution 1:\n\n```bash\ndf -h\n```\n\n"
        "Solution 2:\n\n```bash\ndu -sh *\n```\n"
    )
    notes, _said = _build(deck_of(tmp_path, {"ops.md": page}))
    asked = next(n for n in notes if note_front(n) == "How do you check disk usage?")
    assert "df -h" in note_back(asked) and "du -sh *" in note_back(asked), note_back(asked)
    assert not any(note_front(n).startswith(("Show free space", "Solution", "Disk usage –")) for n in notes), [note_front(n) for n in notes]
