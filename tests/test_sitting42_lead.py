"""Forty-second sitting, lead: pages written fresh as learners bring them (a lesson with a quiz, a history review
sheet, an interview page from a repository), built with no config; each finding fixed with a general rule."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, note_back, note_front

REVIEW = """# The French Revolution — key dates

## Key dates

| Event | Date |
|------|-------|
| The Estates-General meets at Versailles | 5 May 1789 |
| Storming of the Bastille | 14 July 1789 |
| Execution of Louis XVI | 21 January 1793 |

## Questions

**Why did the Estates-General meet in 1789?**
Because the crown was bankrupt and needed new taxes approved.

**What was the Reign of Terror?**
A period (1793–94) when the Committee of Public Safety executed thousands of suspected enemies of the Revolution.
"""


def test_a_fact_table_beside_bold_questions_answered_on_the_next_line_is_cards(tmp_path: Path) -> None:
    """'**Why …?**' over 'Because …' on the next line asks: the page is one of questions, so its table of dates alone
    under its heading is a card per row (it was "text outside any question": only a paragraph that was all question
    counted)."""
    notes, _, said = built_notes(tmp_path / "a", {"review.md": REVIEW})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Storming of the Bastille"] == "14 July 1789"
    assert cards["Why did the Estates-General meet in 1789?"] == "Because the crown was bankrupt and needed new taxes approved."
    assert len(notes) == 5 and not any("outside any question" in s for s in said), said
    # the same table under the page's title, before its questions' heading
    titled = REVIEW.replace("## Key dates\n\n", "")
    notes, _, said = built_notes(tmp_path / "b", {"review.md": titled})
    assert {note_front(n) for n in notes} >= {"Execution of Louis XVI", "What was the Reign of Terror?"}
    assert len(notes) == 5 and not any("outside any question" in s for s in said), said


LESSON = """# Lesson 3: The Cell

Cells are the basic unit of life. All living things are made of one or more cells.

## Parts of the cell

- **Nucleus** – contains the cell's DNA and controls its activities.
- **Mitochondria** – release energy from glucose in respiration.
- **Ribosomes** – make proteins.

## Check your understanding

1. Which organelle releases energy from glucose?
   - [ ] Nucleus
   - [x] Mitochondria
   - [ ] Ribosome

2. What is the cell wall of a plant made of?
   - [ ] Chitin
   - [x] Cellulose
   - [ ] Starch
"""


def test_a_lessons_bold_term_list_written_with_dashes_is_cards_beside_its_quiz(tmp_path: Path) -> None:
    """'- **Nucleus** – contains …' is a glossary entry as '- **Nucleus**: contains …' is (it was "text outside any
    question" on a lesson with a quiz); en dash, em dash or a hyphen between spaces."""
    for k, dash in enumerate(("–", "—", "-")):
        notes, _, said = built_notes(tmp_path / str(k), {"lesson.md": LESSON.replace("** – ", f"** {dash} ")})
        cards = {note_front(n): note_back(n) for n in notes}
        assert cards["Nucleus"] == "contains the cell's DNA and controls its activities.", cards
        assert cards["Ribosomes"] == "make proteins."
        assert "Mitochondria" in cards["Which organelle releases energy from glucose?"]
        assert len(notes) == 5, sorted(cards)
        assert [s for s in said if "outside any question" in s and ":7" in s] == [], said
    # a list of features under a question stays that question's answer
    asked = LESSON.replace("## Parts of the cell", "## What are the parts of the cell?")
    notes, _, _ = built_notes(tmp_path / "asked", {"lesson.md": asked})
    cards = {note_front(n): note_back(n) for n in notes}
    assert "Nucleus" not in cards and "make proteins" in cards["What are the parts of the cell?"]


INTERVIEW = """# Git Interview Questions

### What is Git?

Git is a distributed version control system.

### What is a merge conflict?

Two branches change the same lines of a file and Git cannot decide which change to keep.

---

{footer}
"""


def test_a_repositorys_closing_note_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    for k, footer in enumerate((
        "*Found a mistake? Open a pull request!*",
        "Contributions are welcome. If you found this useful, give it a ⭐",
        "PRs welcome!",
    )):
        notes, _, said = built_notes(tmp_path / str(k), {"git.md": INTERVIEW.format(footer=footer)})
        cards = {note_front(n): note_back(n) for n in notes}
        assert cards["What is a merge conflict?"] == "Two branches change the same lines of a file and Git cannot decide which change to keep.", footer
        assert len(notes) == 2 and not any("no answer" in s for s in said), said
    # an answer that says the same words mid-page keeps them; so does a last answer that only mentions pull requests
    said_last = INTERVIEW.format(footer="").replace(
        "keep.\n", "keep.\n\nYou resolve it by hand before the pull request can be merged.\n")
    notes, _, _ = built_notes(tmp_path / "keep", {"git.md": said_last})
    assert "before the pull request can be merged" in {note_front(n): note_back(n) for n in notes}["What is a merge conflict?"]


REVISION = """# Physics revision

**1. What is Newton's second law?**
Force equals mass times acceleration (F = ma).

**2. Calculate the kinetic energy of a 2 kg mass moving at 3 m/s.**
KE = ½mv² = 9 J.

**3. Explain why a feather falls slower than a stone in air.**
Air resistance is larger compared with its weight.

**4. Solve for t: a car travels 100 m at 20 m/s.**
t = 5 s.

**5. What is the unit of power?**
The watt (W).
"""


def test_numbered_bold_tasks_among_bold_questions_are_questions(tmp_path: Path) -> None:
    """'**2. Calculate …**' and '**3. Explain …**' numbered as their bold questions are questions with their answers
    under them (they were the first question's answer, no message said so: a question lost); the number is no part of
    the front."""
    notes, _, said = built_notes(tmp_path / "en", {"revision.md": REVISION})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What is Newton's second law?"] == "Force equals mass times acceleration (F = ma)."
    assert cards["Calculate the kinetic energy of a 2 kg mass moving at 3 m/s."] == "KE = ½mv² = 9 J."
    assert cards["Explain why a feather falls slower than a stone in air."] == "Air resistance is larger compared with its weight."
    assert cards["Solve for t: a car travels 100 m at 20 m/s."] == "t = 5 s."
    assert len(notes) == 5, sorted(cards)
    # the first task first on the page, and in other languages
    first = REVISION.replace("**1. What is Newton's second law?**\nForce equals mass times acceleration (F = ma).\n\n", "")
    notes, _, said = built_notes(tmp_path / "first", {"revision.md": first})
    assert len(notes) == 4 and not any("outside any question" in s for s in said), said
    es = ("# Física\n\n**1. ¿Qué dice la segunda ley de Newton?**\nF = ma.\n\n**2. Calcula la energía cinética de 2 kg a 3 m/s.**\n"
          "9 J.\n\n**3. ¿Cuál es la unidad de potencia?**\nEl vatio.\n")
    de = ("# Physik\n\n**1. Was besagt das zweite Newtonsche Gesetz?**\nF = ma.\n\n**2. Berechne die kinetische Energie von 2 kg bei "
          "3 m/s.**\n9 J.\n\n**3. Was ist die Einheit der Leistung?**\nDas Watt.\n")
    for name, text, task in (("es", es, "Calcula la energía cinética de 2 kg a 3 m/s."), ("de", de, "Berechne die kinetische Energie von 2 kg bei 3 m/s.")):
        notes, _, _ = built_notes(tmp_path / name, {f"{name}.md": text})
        cards = {note_front(n): note_back(n) for n in notes}
        assert cards[task] == "9 J." and len(notes) == 3, cards
    # a bold sub-title inside an answer ('**List of organelles**' over its list) stays that answer's
    listed = REVISION.replace("The watt (W).\n", "The watt (W).\n\n**List of units**\nwatt, joule, newton\n")
    notes, _, _ = built_notes(tmp_path / "list", {"revision.md": listed})
    assert len(notes) == 5


COMMANDS = """# git-extras commands

## git browse

Opens the current repository's website in your default web browser.

## git browse-ci

Opens the current repository's CI website (GitHub Actions, GitLab CI) in your default web browser.

## git rename-branch

Renames a branch, locally and on the remote, and sets the upstream.

## git rename-remote

Renames a remote and updates the URL it points at.

## git lock

Locks a file so that local changes to it are not committed.

## git locked

Lists the files that are locked.
"""


def test_a_command_references_sibling_commands_are_no_suggestion(tmp_path: Path, real_model) -> None:
    """`git browse` ~ `git browse-ci` (0.89) and `git rename-branch` ~ `git rename-remote` were same-source
    suggestions of a git-extras reference (trial 42: 27 such pairs among the collection's 292): commands written in
    lower case, three words at most, one first word, each keeping a word of its own, name two things. Phrases and a
    command inside another stay listed; suggest_same_source = 0 lists every pair again."""
    from test_sitting41_lead import _item

    from compiler.pairscore import other_terms
    from compiler.pipeline import compile_content

    for a, b, expected in (
        ("git browse", "git browse-ci", True),
        ("`git rename-branch`", "`git rename-remote`", True),
        ("git lock", "git locked", True),
        ("docker compose up", "docker compose down", True),
        ("git lock", "git lock --force", False),  # one inside the other
        ("Blame with line range", "blame on certain range", False),  # a phrase written as one, upper case
        ("git browse", "hub browse", False),  # two tools
        ("git rebase --interactive branch name", "git rebase branch", False),  # longer than a command named as a term
    ):
        assert other_terms(_item(a), _item(b)) is expected, (a, b)
        assert other_terms(_item(b), _item(a)) is expected, (b, a)
    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "git-extras.md").write_text(COMMANDS, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    compiled = compile_content(content, now=1_000, embedder=real_model)
    assert len(compiled.deck.notes) == 6
    assert [(p.a.question, p.b.question) for p in compiled.dupes.pairs if p.status == "suggested"] == []
    (content / "dedupe.toml").write_text("[dedupe]\nsuggest_same_source = 0.0\n", encoding="utf-8")
    every = compile_content(content, now=1_000, embedder=real_model)
    shown = {frozenset((p.a.question, p.b.question)) for p in every.dupes.pairs if p.status == "suggested"}
    assert frozenset(("git browse", "git browse-ci")) in shown


EMOJI_QUIZ = """# Containers - Quiz 1

### 1. What is a container engine?

A) 🎯 A programming language

B) 🔄 An operating system for servers

C) 📝 A platform that packages applications with their dependencies

D) 📦 A distributed database

**Correct Answer**: C) 📝 A platform that packages applications with their dependencies

### 2. Which command lists running containers?

A) 📝 `docker ps`

B) 🔄 `docker list`

C) 📦 `docker show`

**Correct Answer**: A) 📝 `docker ps`

### 3. Which fruit is red?

A) 🍎

B) 🍌

**Correct Answer**: A) 🍎

### 4. Which is the safe choice?

A) ✨ The tested release

B) The nightly build

**Correct Answer**: A) ✨ The tested release
"""


def test_an_emoji_opening_every_option_is_decoration(tmp_path: Path) -> None:
    """`A) 📝 A platform …` / `B) 🔄 An operating system …`: the emoji that opens every option of a question is dropped
    from the options and the right answer (trial 42 T42-7: the right option carried 📝 on all 21 questions of a quiz,
    shuffled or not, a giveaway). Options that are only emoji keep them; so does a question where one option has one."""
    notes, _, _ = built_notes(tmp_path, {"quiz.md": EMOJI_QUIZ})
    fields = {note_front(n): n["fields"] for n in notes}
    engine = fields["What is a container engine?"]
    assert "A platform that packages applications with their dependencies" in engine["Correct"]
    assert not any(e in engine["Options"] + engine["Correct"] for e in "🎯🔄📝📦"), engine
    listing = fields["Which command lists running containers?"]
    assert "<code>docker ps</code>" in listing["Correct"] and "📝" not in listing["Options"] + listing["Correct"]
    assert "🍎" in fields["Which fruit is red?"]["Correct"]  # nothing but the emoji: the option itself
    assert "✨ The tested release" in fields["Which is the safe choice?"]["Correct"]  # not every option: kept


GRADED = """# Module 01: Graded Quiz - Containers

### Question 1
**What is the function of the `run` command?**

- [ ] Lists all images and their tags
- [x] Creates a container from an image
- [ ] Stores images in a registry

### Question 2
**What is a container?**

- [ ] A read-only template
- [x] A runnable instance of an image
- [ ] A persistent set of data
"""


def test_a_question_number_heading_over_a_bold_question_is_no_section(tmp_path: Path) -> None:
    """'### Question 1' over '**What is …?**' and its ticked options numbers the question (trial 42 T42-8: each card's
    section was 'Question 1', 'Question 2' …, a section tag per question, a box per card on the cheat sheet)."""
    for name, text in (("en", GRADED), ("de", GRADED.replace("### Question", "### Frage"))):
        notes, _, _ = built_notes(tmp_path / name, {"quiz.md": text})
        assert [note_front(n) for n in notes] == ["What is the function of the run command?", "What is a container?"]
        assert [n["fields"].get("Section", "") for n in notes] == ["", ""], name
        assert not [t for n in notes for t in n["tags"] if "question" in t or "frage" in t], [n["tags"] for n in notes]


README = """# Shell Cheat Sheet

## 📖 About

This sheet helps you remember commands without memorizing everything.

## Files

### List the files of a folder

```sh
ls -la
```

### Count the lines of a file

```sh
wc -l file.txt
```

## 🌍 Other Languages

| Language | Link |
|----------|------|
| Deutsch | [cheat-de.md](cheat-de.md) |
| Español | [cheat-es.md](cheat-es.md) |

## 🤝 Contributing

We welcome contributions! Fork the repository and open a pull request.

## 📄 License

This project is open source and available under the MIT License.
"""


def test_a_repositorys_own_sections_are_no_cards(tmp_path: Path) -> None:
    """'## About' / 'This sheet helps you …', '## Contributing', '## License' / '… under the MIT License', '## Other
    Languages' over links: a repository page's sections for its readers were cards (trial42 T42-9). In German too; a
    course's own '## License' section about licences (no project, no licence's name) stays a card."""
    notes, _, said = built_notes(tmp_path / "en", {"cheat.md": README})
    assert [note_front(n) for n in notes] == ["List the files of a folder", "Count the lines of a file"], said
    de = (README.replace("📖 About", "Über").replace("Other Languages", "Andere Sprachen").replace("🤝 Contributing", "Beitragen")
          .replace("📄 License", "Lizenz").replace("We welcome contributions! Fork the repository and open a pull request.",
                                                 "Beiträge sind willkommen: öffne einen Pull Request.")
          .replace("This project is open source and available under the MIT License.", "Dieses Projekt steht unter der MIT-Lizenz."))
    notes, _, _ = built_notes(tmp_path / "de", {"cheat.md": de})
    assert len(notes) == 2, [note_front(n) for n in notes]
    course = """# Software law

## License

A license grants someone permission to use a work under stated conditions; without one, copying is infringement.

## Copyright

The exclusive right of an author to copy and publish an original work.
"""
    notes, _, _ = built_notes(tmp_path / "law", {"law.md": course})
    assert [note_front(n) for n in notes] == ["License", "Copyright"]


def test_a_cheat_sheet_of_headings_over_code_alone_is_read(tmp_path: Path) -> None:
    """'### List the files of a folder' over a fence of 'ls -la', and nothing else: "cannot tell this document's layout"
    and no deck (the page's code was not counted as text under its headings); a card per heading now."""
    sheet = "# Shell Cheat Sheet\n\n### List the files of a folder\n\n```sh\nls -la\n```\n\n### Count the lines of a file\n\n```sh\nwc -l file.txt\n```\n"
    notes, _, _ = built_notes(tmp_path, {"shell.md": sheet})
    assert [(note_front(n), note_back(n)) for n in notes] == [("List the files of a folder", "ls -la"), ("Count the lines of a file", "wc -l file.txt")]


def test_an_example_in_brackets_that_asks_is_no_question(tmp_path: Path) -> None:
    """'- **Binary classification** predicts one of two outcomes (e.g. is the email spam or not spam?)' under a term's
    definition is the definition's: the '?' is the example's (trial42 T42-11: two questions "with no answer")."""
    from compiler.sources.lines import example_aside

    notes_md = (
        "# Notes\n\n## Classification\n\nPredicting a categorical output.\n\n"
        "- **Binary classification** predicts one of two possible outcomes (e.g. is the email spam or not spam?)\n"
        "- **Multi-class classification** predicts one of several outcomes (z. B. ist das eine Katze oder ein Hund?)\n\n"
        "## Clustering\n\nUnsupervised grouping of data into buckets.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"notes.md": notes_md})
    cards = {note_front(n): note_back(n) for n in notes}
    assert "is the email spam or not spam?" in cards["Classification"] and "Katze oder ein Hund?" in cards["Classification"]
    assert skipped == [] and not any("no answer" in s for s in said), said
    assert example_aside("It predicts one of two outcomes (e.g. is it spam?)")
    assert example_aside("Una pregunta cerrada (por ejemplo: ¿llueve?).")
    assert not example_aside("What is overfitting (and why does it hurt?)")  # the question's own aside
    assert not example_aside("Why does it regularize?")


def test_pairs_written_with_arrows_and_a_formula_in_the_first_pair(tmp_path: Path) -> None:
    """'Photosynthesis -> Making glucose from light, water and CO2' over three pairs without digits was taken for the
    list's title ('Unit 4: Food') and dropped with no message: a digit glued to letters numbers no unit. And pairs
    written with '=>', '>>' (RemNote) or '⇒' were "cannot tell this document's layout" (or one note)."""
    pairs = ("Photosynthesis {s} Making glucose from light, water and CO2\nOsmosis {s} Diffusion of water across a membrane\n"
             "Enzyme {s} A biological catalyst\nMitosis {s} Division giving two identical cells\n")
    for k, sep in enumerate(("->", "→", "=>", ">>", "⇒")):
        notes, skipped, _ = built_notes(tmp_path / str(k), {"bio.txt": pairs.format(s=sep)})
        cards = {note_front(n): note_back(n) for n in notes}
        assert cards == {
            "Photosynthesis": "Making glucose from light, water and CO2", "Osmosis": "Diffusion of water across a membrane",
            "Enzyme": "A biological catalyst", "Mitosis": "Division giving two identical cells",
        }, (sep, cards)
        assert not skipped
    # a first line that numbers its unit stays the title
    notes, _, _ = built_notes(tmp_path / "unit", {"bio.txt": "Unit 4 -> Cells\n" + pairs.format(s="->").replace(" and CO2", "")})
    assert "Unit 4" not in {note_front(n) for n in notes} and len(notes) == 4


DOCKER = """# Container Cheat Sheet

## Containers

Your basic isolated process.

### Lifecycle

* [`docker create`](https://docs.docker.com/engine/reference/commandline/create) creates a container but does not start it.
* [`docker run`](https://docs.docker.com/engine/reference/commandline/run) creates and starts a container in one operation.
* [`docker rm`](https://docs.docker.com/engine/reference/commandline/rm) deletes a container.

### Starting and Stopping

* `docker start` starts a container so it is running.
* `docker stop` – stops a running container.
"""


def test_a_command_reference_is_a_card_per_command(tmp_path: Path) -> None:
    """'* [`docker create`](…) creates a container but does not start it.': a command in backticks (linked or not) and
    what it does are a card, the command on the front, the headings its section (trial42 T42-4: the most starred Docker
    cheat sheet gave 3 cards of 584 lines, each section one card listing its commands). A README's list of its own
    files ('- `run.py FILE…` — …') is no command reference."""
    notes, _, _ = built_notes(tmp_path / "docker", {"docker.md": DOCKER})
    cards = {note_front(n): (note_back(n), n["fields"].get("Section", "")) for n in notes}
    assert cards["docker create"] == ("creates a container but does not start it.", "Containers › Lifecycle")
    assert cards["docker stop"] == ("stops a running container.", "Containers › Starting and Stopping")
    assert len(notes) == 5 and "<code>docker rm</code>" in next(n for n in notes if note_front(n) == "docker rm")["fields"]["Question"]
    files = "# Scratch\n\n- `run.py FILE…` — builds each file alone\n- `t15/` — the reproducers of trial 15\n- `gate*.log` — the gates' output\n"
    from compiler.sources.lines import command_entry

    assert [command_entry(line) for line in files.splitlines()[2:]] == [None, None, None]
    assert command_entry("* [`docker rm`](https://x) deletes a container.") is not None


BLOG = """<!DOCTYPE html>
<html><head><title>SQL Interview Questions</title></head><body>
<article>
<h1>SQL Interview Questions</h1>
<h2>1. What does COALESCE do?</h2>
<p>It returns the first non-NULL argument.</p>
<pre><code>SELECT COALESCE(phone, email, 'none') FROM users;</code></pre>
<div class="ad">Sponsored: Learn SQL in 30 days!</div>
<h2>2. What is a LEFT JOIN?</h2>
<p>Every row of the left table, with the matching rows of the right one.</p>
<div class="newsletter">Subscribe to our newsletter!</div>
</article>
</body></html>
"""


def test_a_blogs_advert_is_no_part_of_an_answer(tmp_path: Path) -> None:
    """'<div class="ad">Sponsored: …</div>' after a question's code ended that card's back; a newsletter box too."""
    notes, _, _ = built_notes(tmp_path, {"sql.html": BLOG})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What does COALESCE do?"] == "It returns the first non-NULL argument. SELECT COALESCE(phone, email, 'none') FROM users;"
    assert backs["What is a LEFT JOIN?"] == "Every row of the left table, with the matching rows of the right one."


def test_an_emoji_icon_before_a_front_or_a_heading_is_left_off_the_sheet(tmp_path: Path) -> None:
    """'### 🐳 What is Docker? 🟢' and '## 📖 Basics': the icon printed as an empty box on the cheat sheet and the build
    warned about glyphs (trial42 T42-15); the sheet prints the words, the cards keep the icon. An emoji inside the
    words is printed (and warned about) as before."""
    from conftest import deck_of
    from pypdf import PdfReader

    from compiler.build import build

    page = ("# Docker quiz\n\n## 📖 Basics\n\n### 1. 🐳 What is Docker? 🟢\n\nA platform that runs applications in containers.\n\n"
            "### 2. 🖼️ What is an image? 🟡\n\nA read-only template for containers.\n")
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"docker.md": page}), out, formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    text = " ".join((p.extract_text() or "") for p in PdfReader(next(out.glob("*.pdf"))).pages)
    assert "What is Docker?" in text and "Basics" in text
    assert not any(c in text for c in "🐳🖼📖"), text
    assert not [d for d in result.compiled.diagnostics.items if "no glyph" in d.text()]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert any("🐳" in n["fields"]["Question"] for n in manifest["notes"])  # the card keeps it


SR_NOTE = """---
sr-due: 2025-02-21
---

#review

The triboelectric effect describes electric charge transfer between two objects when they touch.

It can occur with different materials, such as:

- the sole of a shoe on a carpet
- a balloon rubbed on a sweater

#flashcards/science/physics

What is the charge transfer between two touching objects called::Triboelectric effect

Why does a balloon stick to a wall?
"""


def test_an_obsidian_notes_prose_is_no_missed_question(tmp_path: Path) -> None:
    """On a page the Spaced Repetition plugin reads ('#flashcards'), only its '::' / '?' lines are cards: its prose is
    the note's, not text outside any question (trial42 T42-14: said four times). A line there that asks and is no card
    is still said."""
    notes, _, said = built_notes(tmp_path, {"Triboelectric Effect.md": SR_NOTE})
    assert [note_front(n) for n in notes] == ["What is the charge transfer between two touching objects called"]
    outside = [s for s in said if "outside any question" in s or "in no card" in s]
    assert len(outside) == 1 and ":18:" in outside[0], said


def test_a_cheat_sheet_and_its_translation_are_sure_to_be_two_cards(tmp_path: Path) -> None:
    """'`docker create`' of an English cheat sheet and of its Chinese translation: the same code on the front, answers in
    two languages. They were 36 pairs 'neither asks a question' to decide in a trial42 collection; a page and its
    translation keep a card each for sure (not counted among the pairs to decide)."""
    from compiler.dupes_report import surely_apart
    from compiler.pipeline import compile_content

    en = "# Docker\n\n### Lifecycle\n\n* `docker create` creates a container but does not start it.\n* `docker rm` deletes a container.\n* `docker run` creates and starts a container in one operation.\n"
    zh = "# Docker 速查表\n\n### 生命周期\n\n* `docker create` 创建容器但不启动它。\n* `docker rm` 删除容器。\n* `docker run` 创建并启动容器。\n"
    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "docker-en.md").write_text(en, encoding="utf-8")
    (content / "sources" / "docker-zh.md").write_text(zh, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    compiled = compile_content(content, now=1_000)
    assert len(compiled.deck.notes) == 6
    pairs = [p for p in compiled.dupes.pairs if p.status == "suggested" and p.a.question == p.b.question]
    assert pairs and all(surely_apart(p) and "two languages" in p.reason for p in pairs), [(p.a.question, p.reason) for p in pairs]
