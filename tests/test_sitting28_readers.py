"""Twenty-eighth sitting, readers: the trial-27 findings left open about Markdown answers and notes (T27-38 rest,
T27-25 rest, the T27-4 side note, a one-question text file) and the trial-28 findings about reading plain text,
Markdown, HTML and notes layouts."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front, plain_text

# --- T27-38 rest: an interview README's long answers with topic headings two levels down -------------------------

_INTERVIEW = """# Git Interview Questions

## 1. What is _Git_ and why is it used?

**Git** is a distributed version control system used to track changes in source code.

### Key Concepts

#### Commit

A **commit** is a saved snapshot of the project with a message.

#### Branch

A **branch** is an independent line of development.

### Beginner Tips

- Make small commits often.
- Write clear commit messages.

## 2. How does _Git_ differ from centralized VCS?

Every clone holds the whole history, so most work needs no server.

### Offline Work

You can commit, branch and read the log without a network.

#### What are the drawbacks of a central server?

It is a single point of failure, and every operation waits on the network.

## 3. How do you create a _commit_ in _Git_?

Let's look at the steps:

### 1. Staging Changes

#### `git add`

Stages a file's current content for the next commit.

#### `git reset`

Unstages a file that was added by mistake.

### 2. Excluding Files from a Commit

Some files might not need to be committed, for example:

- **Temporary Files**: build artifacts or editor swap files.
- **Sensitive Information**: passwords or private keys.

List their patterns in a `.gitignore` file.
"""


def test_topic_headings_two_levels_under_a_question_stay_in_its_answer(tmp_path: Path) -> None:
    """trial27 T27-38 rest (high; Devinterview git README): '#### Commit' under '### Key Concepts' under '## 1. What is
    Git …?' was a card of its own ('Commit', 'git reset', and the bold bullets 'Temporary Files' / 'Sensitive
    Information' under '### 2. Excluding Files …'), and the sections after them ('### Beginner Tips', the '.gitignore'
    paragraph) were "text outside any question". A statement heading anywhere under a question, with no asking heading
    in between, is part of that question's answer; a sub-heading that asks is still a question of its own."""
    notes, skipped, said = _built(tmp_path, {"git.md": _INTERVIEW})
    assert not skipped, said
    assert not [s for s in said if "outside any question" in s], said
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "What is Git and why is it used?",
        "How does Git differ from centralized VCS?",
        "What are the drawbacks of a central server?",
        "How do you create a commit in Git?",
    ]
    backs = [note_back(n) for n in notes]
    assert "A commit is a saved snapshot" in backs[0] and "Make small commits often." in backs[0]
    assert "Offline Work" in backs[1] and "single point of failure" not in backs[1]
    assert "Unstages a file" in backs[3] and "Temporary Files" in backs[3] and ".gitignore" in backs[3]
    assert "Some files might not need to be committed, for example:" in backs[3]


# --- T27-38 rest: a notes page whose numbered topics hold '**Problem**:' / '**Solutions**:' points -----------------

_CHECKPOINTS = """# Checkpoint Guide

## What is a checkpoint?

A snapshot of the model's weights and optimizer state saved during training.

## Challenges

### 1. Storage Overhead

**Problem**:
- A 175B-parameter FP32 checkpoint is about 700 GB
- Optimizer states can triple it

**Solutions**:
- Save in BF16
- Shard the optimizer state

### 2. Save Speed

**Problem**:
- Saving can take tens of minutes

**Solutions**:
- Save asynchronously in a background thread

## Applications

### 1. Fault Tolerance

Training runs for weeks. Checkpoints enable recovery from:

- Hardware failures
- Power outages

Resume from the latest checkpoint after a crash.

### 2. Model Selection

Saving several checkpoints allows you to:

- Compare the model at different stages
- Pick the one with the best validation loss
"""


def test_problem_points_and_a_lead_in_under_numbered_topics_are_no_fronts(tmp_path: Path) -> None:
    """trial27 T27-38 rest (high; an LLM notes page): under '### 1. Storage Overhead', '**Problem**:' over a list of
    facts was taken for a question label, and the card asked '- A 175B-parameter FP32 checkpoint is about 700 GB' (its
    bullet kept); under '### 1. Fault Tolerance', the lead-in 'Checkpoints enable recovery from:' over plain points
    was the front of an "exercise". A question label over points none of which asks labels no question, and a lead-in
    that asks nothing over unlettered points with no key after them leads in a note: each topic is a card, its
    heading the front, the problem and solutions (or the lead-in and its points) its back."""
    notes, skipped, said = _built(tmp_path, {"ckpt.md": _CHECKPOINTS})
    assert not skipped, said
    got = {note_front(n): note_back(n) for n in notes}
    assert list(got) == [
        "What is a checkpoint?",
        "Storage Overhead",
        "Save Speed",
        "Fault Tolerance",
        "Model Selection",
    ]
    assert got["Storage Overhead"].startswith("Problem : A 175B-parameter FP32 checkpoint is about 700 GB")
    assert "Solutions : Save in BF16 Shard the optimizer state" in got["Storage Overhead"]
    assert got["Fault Tolerance"].startswith(
        "Training runs for weeks. Checkpoints enable recovery from: Hardware"
    )
    assert "Resume from the latest checkpoint" in got["Fault Tolerance"]
    assert [n["fields"]["Section"] for n in notes][1:] == [
        "Challenges",
        "Challenges",
        "Applications",
        "Applications",
    ]


# --- T27-25 rest: the question's own card of a long answer split at its topics -----------------------------------


def _code(name: str, lines: int) -> str:
    """A code example of ``lines`` lines (each read as a few words: it makes the answer long, as real ones are)."""
    body = "\n".join(f"    {name}.Step{k}();" for k in range(lines))
    return f"```csharp\npublic void {name}()\n{{\n{body}\n}}\n```\n"


_DIFFERENCE = f"""## What is the difference between a process and a thread?

Both run code, but they differ in what they own. Let's look at each with an example.

### Process:

A process is a running program with its own address space and resources. The operating system isolates processes.

Here is how one starts:

{_code("StartProcess", 50)}
### Thread:

A thread is a path of execution inside a process that shares its memory. Threads are cheaper to create.

Here is how one starts:

{_code("StartThread", 50)}
In summary, processes isolate memory from one another while threads of one process share it.
"""


def test_a_split_comparisons_own_card_teaches_each_side_and_the_summary(tmp_path: Path) -> None:
    """trial27 T27-25 rest (medium; rcallaby C# interview page): the long answer to 'Can you explain the difference
    between an event and a delegate in C#?' split at '### Delegates:' / '### Events:' left the question's own card with
    its intro and the bare outline '• Delegates: • Events:', and the closing 'In summary, …' that states the difference
    was on the 'Events' card. A short list of topics now gives each with the first sentence of its text, and a closing
    paragraph that sums the answer up is the question's; the topic cards keep the rest."""
    notes, skipped, said = _built(tmp_path, {"threads.md": _DIFFERENCE})
    assert not skipped, said
    got = {note_front(n): note_back(n) for n in notes}
    question = "What is the difference between a process and a thread?"
    assert list(got) == [question, f"{question} › Process", f"{question} › Thread"], list(got)
    assert got[question] == (
        "Both run code, but they differ in what they own. Let's look at each with an example. "
        "Process : A process is a running program with its own address space and resources. "
        "Thread : A thread is a path of execution inside a process that shares its memory. "
        "In summary, processes isolate memory from one another while threads of one process share it."
    )
    assert got[f"{question} › Process"].startswith(
        "A process is a running program with its own address space"
    )
    assert "The operating system isolates processes." in got[f"{question} › Process"]
    assert "Threads are cheaper to create." in got[f"{question} › Thread"]
    assert "In summary" not in got[f"{question} › Thread"]


# --- T27-4 side note: a prep book's chapter prose after a chapter's last question ---------------------------------

_PREP_BOOK = """CHAPTER 1
Cells

1.1 The nucleus
The nucleus holds the cell's DNA.

Review Questions

1. Which organelle holds the DNA?
A. Ribosome
B. Nucleus
C. Vacuole
D. Cell wall

2. Which organelle makes proteins?
A. Ribosome
B. Lysosome
C. Vacuole
D. Golgi body

CHAPTER 2
Energy

2.1 Respiration
Mitochondria release energy from glucose.

Review Questions

1. Where does aerobic respiration mainly happen?
A. Nucleus
B. Chloroplast
C. Mitochondrion
D. Ribosome

Appendix
Answers to Review Questions

Chapter 1: Cells
1. B. The nucleus stores the genetic material.
2. A. Ribosomes translate mRNA into proteins.

Chapter 2: Energy
1. C. The mitochondrion is the site of the Krebs cycle.
"""


def test_a_chapters_prose_is_no_explanation_of_the_question_before_it(tmp_path: Path) -> None:
    """trial27 T27-4 side note (medium; a certification prep book): the prose after a chapter's last question, 'CHAPTER
    4' / 'Cryptography' / '4.1 Symmetric ciphers' / 'AES is …', and the 'Appendix' line over the key, opened that
    question's explanation before the key's own. A chapter heading standing apart after a question's options starts a
    section: each explanation is the key's, and the chapter's opening prose is said as the section's text."""
    notes, skipped, said = _built(tmp_path, {"prep.txt": _PREP_BOOK})
    assert not skipped, said
    got = [(note_front(n), n["fields"]["Correct"], plain_text(n["fields"]["Explanation"])) for n in notes]
    assert got == [
        ("Which organelle holds the DNA?", "B) Nucleus", "The nucleus stores the genetic material."),
        ("Which organelle makes proteins?", "A) Ribosome", "Ribosomes translate mRNA into proteins."),
        (
            "Where does aerobic respiration mainly happen?",
            "C) Mitochondrion",
            "The mitochondrion is the site of the Krebs cycle.",
        ),
    ]
    assert any("section 'CHAPTER 2' holds 3 lines of notes and no question" in s for s in said), said  # (T39-8's wording)


# --- a plain-text file of one question over its answer, no labels -------------------------------------------------


def test_a_text_file_of_one_question_over_its_answer_is_one_card(tmp_path: Path) -> None:
    """Readers' list 4 (medium; a first try): 'What is the powerhouse of the cell?' over its answer, on the next line
    or as a paragraph after a blank line, no labels, was "cannot tell this document's layout" (one question repeats
    nothing); two such pairs were read. A file whose only question line ends in '?' over one paragraph that asks
    nothing is one card, its question the front and the paragraph the back."""
    one_line = "What is the powerhouse of the cell?\nThe mitochondrion, which makes most of the cell's ATP.\n"
    notes, skipped, said = _built(tmp_path / "a", {"cell.txt": one_line})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the powerhouse of the cell?", "The mitochondrion, which makes most of the cell's ATP.")
    ]
    paragraph = (
        "Why do leaves change colour in autumn?\n\nChlorophyll breaks down as the days shorten.\n"
        "The yellow carotenoids it hid show through.\nSome trees also make red anthocyanins.\n"
    )
    notes, skipped, said = _built(tmp_path / "b", {"leaves.txt": paragraph})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "Why do leaves change colour in autumn?",
            "Chlorophyll breaks down as the days shorten. The yellow carotenoids it hid show through. "
            "Some trees also make red anthocyanins.",
        )
    ]
    assert not [s for s in said if "cannot tell" in s], said


# --- code hygiene: one sentence split for each user in lines.py ---------------------------------------------------


def test_a_follow_up_with_a_bracketed_aside_is_only_questions() -> None:
    """Readers' list 5 (hygiene): lines.py defined _SENTENCE_END twice, the second (inline_answer_label's, which ends
    a sentence at ')') replacing the first for only_questions too, so 'Which would you choose (and why) for a cache?'
    was cut after '(and why)' and read as no follow-up question. Each user has its own split now: a follow-up with an
    aside in brackets is only questions, and an answer label after a question's ')' is still found."""
    from compiler.sources.lines import inline_answer_label, only_questions

    assert only_questions("Which would you choose (and why) for a cache?")
    assert only_questions("هل تعرف الجواب؟ لماذا؟")
    assert not only_questions("Which would you choose? Redis (it expires keys).")
    text = "What does DNS do (in one line)? Answer: It maps names to addresses."
    assert text[inline_answer_label(text) or 0 :] == "Answer: It maps names to addresses."


# --- T28-41: a 'cheat' cheat sheet ('# To …:' over its command) --------------------------------------------------

_CHEAT = """---
tags: [ archives ]
---
# To pack a folder into a tarball:
tar -czf site.tar.gz public/

# To list what a tarball holds:
tar -tzf site.tar.gz

# To unpack a tarball into another folder:
tar -xzf site.tar.gz -C /srv/restore
"""


def test_a_cheat_sheet_of_comments_over_commands_is_a_card_per_comment(tmp_path: Path) -> None:
    """trial28 T28-41 (severe; the cheat/cheatsheets shape): front matter, then '# To pack a folder into a tarball:'
    over its command, a blank line, the next: "cannot tell this document's layout" (0 cards), and the table printed
    titled '---'. Each comment is a card's front and the command under it its back; the title is the file's name."""
    notes, skipped, said = _built(tmp_path, {"tar.txt": _CHEAT})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("To pack a folder into a tarball:", "tar -czf site.tar.gz public/"),
        ("To list what a tarball holds:", "tar -tzf site.tar.gz"),
        ("To unpack a tarball into another folder:", "tar -xzf site.tar.gz -C /srv/restore"),
    ]
    assert [n["fields"]["Sources"] for n in notes] == ["tar"] * 3
    assert not [s for s in said if "cannot tell" in s or 'title = "---"' in s], said


# --- T28-10: a word list's title line, set apart, holding the pairs' dash ----------------------------------------


def test_a_word_lists_title_set_apart_is_no_card(tmp_path: Path) -> None:
    """trial28 T28-10 (medium; a Swedish weekly word list, and an Arabic lesson list): the title 'Glosor vecka 12 –
    Engelska', a blank line under it, over pairs written line after line ('a dog – en hund' …) was a card 'Glosor
    vecka 12' -> 'Engelska'. A first line set apart over pairs with no blank line among them is the list's title."""
    words = (
        "Ord vecka 14 – Engelska\n\na bird – en fågel\na tree – ett träd\nto read – att läsa\nquiet – tyst\n"
    )
    notes, skipped, said = _built(tmp_path, {"ord.txt": words})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("a bird", "en fågel"),
        ("a tree", "ett träd"),
        ("to read", "att läsa"),
        ("quiet", "tyst"),
    ]
    assert {n["fields"]["Sources"] for n in notes} == {"Ord vecka 14 – Engelska"}


# --- T28-22: a leading star marking key questions ------------------------------------------------------------------


def test_a_leading_star_of_a_key_question_is_on_no_front_or_section(tmp_path: Path) -> None:
    """trial28 T28-22 (medium; JavaGuide's Redis questions): '### ⭐️Redis 为什么这么快？' and '## ⭐️Redis 基础' mark key
    questions with a star glued before the words; the star stayed on the front and the section. Read without a
    difficulty map that names it, the star is the page's mark, no text of the card."""
    page = (
        "# Redis 常见面试题\n\n## ⭐️Redis 基础\n\n### 什么是 Redis？\n\nRedis 是一个开源 NoSQL 数据库。\n\n"
        "### ⭐️Redis 为什么这么快？\n\nRedis 基于内存。\n\n## Redis 应用\n\n### ⭐️Redis 还能做什么？\n\n分布式锁、限流。\n"
    )
    notes, skipped, said = _built(tmp_path, {"redis.md": page})
    assert not skipped, said
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("什么是 Redis？", "Redis 基础"),
        ("Redis 为什么这么快？", "Redis 基础"),
        ("Redis 还能做什么？", "Redis 应用"),
    ]
